import { passwordProblem } from '@stewardship/domain';

/** The home page sends each role on to its own landing page (see landingPath). */
export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';

/**
 * Where to go after signing in. Only paths inside this app are accepted: anything else
 * ("//evil.example", "https://…", "/sign-in" itself) falls back to the home page, so the
 * sign-in link cannot be used to send someone to another site.
 */
export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return HOME_PATH;
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20)) return HOME_PATH;
  if (raw === SIGN_IN_PATH || raw.startsWith(`${SIGN_IN_PATH}?`) || raw.startsWith(`${SIGN_IN_PATH}/`)) {
    return HOME_PATH;
  }
  return raw;
}

/** The sign-in page's address for a visitor who asked for `path` (pathname + search) while signed out. */
export function signInPathFor(path: string): string {
  const returnTo = safeReturnTo(path);
  if (returnTo === HOME_PATH) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ returnTo }).toString()}`;
}

export interface SignInValues {
  email: string;
  password: string;
}

/** Client-side checks before sending; the API makes its own. Field names match SignInInput. */
export function signInProblems({ email, password }: SignInValues): { field: keyof SignInValues; message: string }[] {
  const problems: { field: keyof SignInValues; message: string }[] = [];
  const trimmed = email.trim();
  if (trimmed === '') {
    problems.push({ field: 'email', message: 'Enter your email address' });
  } else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    problems.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  const passwordError = passwordProblem(password);
  if (passwordError) problems.push({ field: 'password', message: passwordError });
  return problems;
}
