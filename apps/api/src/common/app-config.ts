/** Everything the API reads from its environment, read once at start and checked, so a bad setting fails loudly. */
export interface AppConfig {
  databaseUrl: string;
  port: number;
  production: boolean;
  /** The address people use to reach the app (scheme, host, any path; no trailing slash): survey links start with it. */
  publicUrl: string;
  /** Key for hashing session tokens; a database leak alone then cannot be turned into live sessions. */
  sessionSecret: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Folder of the built web app to serve from the same origin, if any. */
  webDist: string | null;
  /** Load the Northshire demo system at start (once; later starts find it and load nothing). */
  loadDemoData: boolean;
  /** Express's `trust proxy` setting, so the sign-in rate limit sees the client's address behind a proxy. */
  trustProxy: string | boolean;
  logLevel: string;
  /** Where to write the GraphQL schema; otherwise it is built in memory only. */
  schemaFile: string | null;
  signInLimit: { attemptsPerAccount: number; attemptsPerAddress: number; windowSeconds: number };
  /** Where the board pack worker opens the web app's print route (the API's own address, serving the web app). */
  boardPackRenderUrl: string;
  /** The Chromium the board pack worker renders with; none there, no board packs (the page offers print instead). */
  chromiumPath: string;
}

const DEVELOPMENT_SECRET = 'development-only-session-secret-change-me';

export class ConfigError extends Error {}

function positiveInt(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a whole number of 1 or more; it is "${raw}"`);
  return value;
}

function flag(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; it is "${raw}"`);
}

/** Links must never follow a request's Host header, which any client can set; so the public address is configured. */
function publicUrl(env: Record<string, string | undefined>, production: boolean, port: number): string {
  const raw = env['PUBLIC_URL'];
  if (raw === undefined || raw === '') {
    if (production) throw new ConfigError('PUBLIC_URL must be set in production to the address people use to reach the app (e.g. https://stewardship.example.nhs.uk); survey links start with it');
    return `http://localhost:${port}`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be a full http(s) address such as https://stewardship.example.nhs.uk; it is "${raw}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
    throw new ConfigError(`PUBLIC_URL must be a full http(s) address such as https://stewardship.example.nhs.uk; it is "${raw}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** An http(s) address without query or fragment, its trailing slash removed; `fallback` when unset. */
function httpAddress(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) throw new ConfigError(`${name} must be a full http(s) address such as http://api:3000; it is "${raw}"`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl) throw new ConfigError('DATABASE_URL is not set (e.g. postgres://user:password@127.0.0.1:5432/stewardship)');
  const sessionSecret = env['SESSION_SECRET'] || (production ? '' : DEVELOPMENT_SECRET);
  if (sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be set to at least 32 random characters in production (e.g. `openssl rand -hex 32`)');
  }
  const trustProxyRaw = env['TRUST_PROXY'];
  const port = positiveInt(env, 'PORT', 3000);
  const publicAddress = publicUrl(env, production, port);
  return {
    databaseUrl,
    port,
    production,
    publicUrl: publicAddress,
    sessionSecret,
    sessionTtlHours: positiveInt(env, 'SESSION_TTL_HOURS', 12),
    cookieSecure: flag(env, 'COOKIE_SECURE', production),
    webDist: env['WEB_DIST'] || null,
    loadDemoData: flag(env, 'DEMO_DATA', false),
    trustProxy: trustProxyRaw === undefined || trustProxyRaw === '' ? false : trustProxyRaw === 'true' ? true : trustProxyRaw,
    logLevel: env['LOG_LEVEL'] || 'info',
    schemaFile: env['GRAPHQL_SCHEMA_FILE'] || null,
    signInLimit: {
      attemptsPerAccount: positiveInt(env, 'SIGN_IN_ATTEMPTS_PER_ACCOUNT', 5),
      attemptsPerAddress: positiveInt(env, 'SIGN_IN_ATTEMPTS_PER_ADDRESS', 50),
      windowSeconds: positiveInt(env, 'SIGN_IN_WINDOW_SECONDS', 15 * 60),
    },
    boardPackRenderUrl: httpAddress(env, 'BOARD_PACK_RENDER_URL', publicAddress),
    chromiumPath: env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
