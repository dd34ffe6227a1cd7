import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@stewardship/domain';
import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Navigate, useSearchParams } from 'react-router';
import { SignInDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { ErrorSummary, type ErrorSummaryItem } from '../../../shared/components/ErrorSummary';
import { LoadingMessage } from '../../../shared/components/StatusMessages';
import { TextInput } from '../../../shared/components/TextInput';
import { errorCodeOf, fieldErrorsFrom, firstErrorMessage } from '../../../shared/utils/graphql-errors';
import { useViewerQuery } from '../../../app/hooks/useViewer';
import { safeReturnTo, signInProblems, type SignInValues } from '../utils/return-to';
import { forgetSessionData, writeViewer } from '../utils/session-cache';

const WRONG_DETAILS = 'Email or password is not right';

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const { data, loading } = useViewerQuery();

  if (loading && !data) return <LoadingMessage>Checking whether you are signed in…</LoadingMessage>;
  if (data?.viewer) return <Navigate to={returnTo} replace />;
  return <SignInForm />;
}

/** Signing in puts the viewer in the cache; SignInPage then sends the user on to `returnTo`. */
function SignInForm() {
  const client = useApolloClient();
  const [signIn] = useMutation(SignInDocument);
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof SignInValues, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  function showErrors(summary: ErrorSummaryItem[], inline: Partial<Record<keyof SignInValues, string>>) {
    setErrors(summary);
    setFieldErrors(inline);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const problems = signInProblems(values);
    if (problems.length > 0) {
      showErrors(
        problems.map((p) => ({ targetId: p.field, message: p.message })),
        Object.fromEntries(problems.map((p) => [p.field, p.message])),
      );
      return;
    }

    setSubmitting(true);
    try {
      const result = await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
      const viewer = result.data?.signIn;
      if (!viewer) throw new Error('signIn returned no viewer');
      // Nothing cached for a previous session (one that expired, say) may show in this one.
      forgetSessionData(client.cache);
      writeViewer(client.cache, viewer);
    } catch (error) {
      setSubmitting(false);
      setValues((v) => ({ ...v, password: '' }));
      const code = errorCodeOf(error);
      const inputProblems = fieldErrorsFrom(error).filter((e) => e.field === 'email' || e.field === 'password');
      if (inputProblems.length > 0) {
        showErrors(
          inputProblems.map((p) => ({ targetId: p.field, message: p.message })),
          Object.fromEntries(inputProblems.map((p) => [p.field, p.message])),
        );
      } else if (code === 'UNAUTHENTICATED') {
        showErrors([{ targetId: 'email', message: firstErrorMessage(error) ?? WRONG_DETAILS }], {});
      } else if (code === 'TOO_MANY_REQUESTS') {
        showErrors([{ message: firstErrorMessage(error) ?? 'Too many attempts to sign in. Wait a few minutes, then try again.' }], {});
      } else {
        showErrors([{ message: 'Sorry, we could not sign you in because of a problem with the service. Try again later.' }], {});
      }
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <DocumentTitle title="Sign in" hasErrors={errors.length > 0} />
        <ErrorSummary errors={errors} focusKey={attempt} />
        <h1>Sign in</h1>
        <p className="nhsuk-body">Use the email address and password your system administrator set up for you.</p>
        <form onSubmit={handleSubmit} noValidate>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            maxLength={EMAIL_MAX_LENGTH}
            value={values.email}
            error={fieldErrors.email}
            onChange={(email) => setValues((v) => ({ ...v, email }))}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            maxLength={PASSWORD_MAX_LENGTH}
            value={values.password}
            error={fieldErrors.password}
            onChange={(password) => setValues((v) => ({ ...v, password }))}
          />
          <button className="nhsuk-button" type="submit" disabled={submitting}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
