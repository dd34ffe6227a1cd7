import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';

/**
 * Tenancy enforced by PostgreSQL as well as by the services. Every system-owned table has a row-level security
 * policy that shows only the rows of the system named by the `app.system_id` setting, to the role
 * `stewardship_app` (which does not bypass RLS). Each time the app takes a connection from the pool it sets both
 * from where the code is running:
 *
 * - inside an HTTP request: as `stewardship_app`, with the caller's system once the session guard knows it, and no
 *   system before that (so a query that runs too early, or forgets its filter, sees nothing of anyone's);
 * - inside `asSystem(id, …)`: as `stewardship_app` with that system (a survey respondent's, once their link is found);
 * - inside `privileged(…)`, and outside any request (start-up, migrations, the demo loader, scripts): as the
 *   connecting user. Within a request only the narrow paths that must find a system first use it: the session
 *   look-up, sign-in and the survey-link look-up.
 *
 * The settings are made per connection checkout (session level, set at every checkout unless the connection has them
 * already), so a pooled connection never carries one request's system into another. This needs session pooling if a
 * pooler sits in front.
 */
export const APP_ROLE = 'stewardship_app';

type Scope = { kind: 'request'; systemId: string | null } | { kind: 'system'; systemId: string } | { kind: 'privileged' };

const scopes = new AsyncLocalStorage<Scope>();

/** Express middleware: everything a request does runs in its own scope, with no system until the caller is known. */
export function requestScope(_req: Request, _res: Response, next: NextFunction): void {
  scopes.run({ kind: 'request', systemId: null }, next);
}

/** Called by the session guard once it knows the caller: the rest of the request sees that system's rows only. */
export function enterCallerSystem(systemId: string): void {
  const scope = scopes.getStore();
  if (scope?.kind === 'request') scope.systemId = systemId;
}

/** Runs `work` as one system: every query it makes sees only that system's rows. */
export function asSystem<T>(systemId: string, work: () => Promise<T>): Promise<T> {
  return scopes.run({ kind: 'system', systemId }, work);
}

/** Runs `work` without the tenancy policies: only for finding which system a session or link belongs to. */
export function privileged<T>(work: () => Promise<T>): Promise<T> {
  return scopes.run({ kind: 'privileged' }, work);
}

/** The role and system a connection taken now should have. */
function connectionSettings(): [role: string, systemId: string] {
  const scope = scopes.getStore();
  if (!scope || scope.kind === 'privileged') return ['none', ''];
  return [APP_ROLE, scope.systemId ?? ''];
}

type Connection = { query(sql: string, values: unknown[]): Promise<unknown> };
type Checkout = () => Promise<[Connection, (error?: unknown) => void]>;

/**
 * Makes every connection the DataSource takes from its pools carry the role and system of the code taking it. What a
 * connection was last set to is remembered, so a connection taken again for the same role and system (most are: a
 * request's queries one after another) is not set again, a round trip saved per query.
 */
export function scopeConnections(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as Record<'obtainMasterConnection' | 'obtainSlaveConnection', Checkout>;
  const settingsOf = new WeakMap<Connection, string>();
  for (const method of ['obtainMasterConnection', 'obtainSlaveConnection'] as const) {
    const checkout = driver[method].bind(driver);
    driver[method] = async () => {
      const [connection, release] = await checkout();
      const settings = connectionSettings();
      const key = settings.join('|');
      if (settingsOf.get(connection) === key) return [connection, release];
      try {
        await connection.query(`select set_config('role', $1, false), set_config('app.system_id', $2, false)`, settings);
      } catch (error) {
        // Released with the error, the pool discards the connection: nothing to forget.
        release(error);
        throw error;
      }
      settingsOf.set(connection, key);
      return [connection, release];
    };
  }
}
