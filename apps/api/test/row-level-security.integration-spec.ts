import { PlacesService } from '../src/places/places.service';
import type { Request, Response } from 'express';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { APP_ROLE, asSystem, privileged, requestScope, scopeConnections } from '../src/database/tenancy';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Tables that hold no system's rows, each with the reason it needs no tenancy policy. */
const TABLES_WITHOUT_TENANCY: Record<string, string> = {
  migrations: "TypeORM's own record of migrations, read only at start-up",
  sign_in_limits: 'failed sign-ins by email and address, counted before anyone is known',
};

describe('row-level security', () => {
  let api: TestApp;
  let a: FixtureSystem;
  let b: FixtureSystem;

  beforeAll(async () => {
    api = await startTestApp();
    a = await createSystem(api.dataSource, 'Alpha ICS', ['Alpha North', 'Alpha South'], [{ name: 'Alpha Hospice', places: ['Alpha North'] }]);
    b = await createSystem(api.dataSource, 'Beta ICS', ['Beta East'], [{ name: 'Beta Food Bank', places: ['Beta East'] }, { name: 'Beta Carers' }]);
  });
  afterAll(() => api.close());

  it('has a tenancy policy on every table, so a table added without one fails here', async () => {
    const tables: { name: string; rls: boolean; policies: number }[] = await api.dataSource.query(
      `select c.relname as name, c.relrowsecurity as rls, (select count(*) from pg_policy p where p.polrelid = c.oid)::int as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    const unprotected = tables.filter((t) => !(t.rls && t.policies > 0) && !(t.name in TABLES_WITHOUT_TENANCY)).map((t) => t.name);
    expect(unprotected).toEqual([]);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['organisations', 'survey_responses', 'practice_scores', 'audit_events']));
  });

  it("answers a raw select with no where clause, made inside a request of system A, with A's rows only", async () => {
    const places = api.app.get(PlacesService);
    // The places query's service is swapped for a careless one that forgets to filter by system.
    const careless = jest.spyOn(places, 'listByName').mockImplementation(() => api.dataSource.query('select * from places order by name'));
    try {
      const token = await api.signIn(a.users.VIEWER, PASSWORD);
      const result = await api.graphql('{ places { name } }', {}, token);
      expect(result.data).toEqual({ places: [{ name: 'Alpha North' }, { name: 'Alpha South' }] });
    } finally {
      careless.mockRestore();
    }
  });

  it('sets a pooled connection again whenever the next query is for another system, or for none', async () => {
    // One connection for every query, so each takes the connection the last one used.
    const options = dataSourceOptions(api.databaseUrl);
    const single = new DataSource({ ...options, extra: { ...(options.extra as object), max: 1 } } as DataSourceOptions);
    scopeConnections(single);
    await single.initialize();
    try {
      const names = async () => (await single.query('select name from organisations order by name')).map((r: { name: string }) => r.name);
      const settings = async () => (await single.query(`select current_user as role, session_user as connecting, current_setting('app.system_id', true) as system`))[0];
      for (let round = 0; round < 2; round++) {
        expect(await asSystem(a.system.id, names)).toEqual(['Alpha Hospice']);
        expect(await asSystem(a.system.id, names)).toEqual(['Alpha Hospice']);
        expect(await asSystem(b.system.id, names)).toEqual(['Beta Carers', 'Beta Food Bank']);
        expect(await asSystem(b.system.id, settings)).toMatchObject({ role: APP_ROLE, system: b.system.id });
        // Outside any system: the connecting user again, with no system.
        const outside = await settings();
        expect(outside).toEqual({ role: outside.connecting, connecting: outside.connecting, system: '' });
        expect(outside.connecting).not.toBe(APP_ROLE);
      }
    } finally {
      await single.destroy();
    }
  });

  it('shows a system its own rows of every kind and nothing of the other', async () => {
    const seen = await asSystem(b.system.id, async () => ({
      organisations: (await api.dataSource.query('select name from organisations order by name')).map((r: { name: string }) => r.name),
      systems: (await api.dataSource.query('select name from systems')).map((r: { name: string }) => r.name),
      users: (await api.dataSource.query('select email from users')).map((r: { email: string }) => r.email),
      role: (await api.dataSource.query('select current_user as role'))[0].role,
    }));
    expect(seen.organisations).toEqual(['Beta Carers', 'Beta Food Bank']);
    expect(seen.systems).toEqual(['Beta ICS']);
    expect(seen.users).toEqual(expect.arrayContaining([b.users.ADMIN]));
    expect(seen.users).not.toContain(a.users.ADMIN);
    expect(seen.role).toBe(APP_ROLE);
  });

  it("refuses to write a row into another system, even when the code names it", async () => {
    await expect(
      asSystem(a.system.id, () => api.dataSource.query(`insert into places (system_id, name) values ($1, 'Smuggled')`, [b.system.id])),
    ).rejects.toThrow(/row-level security/);
    const updated = await asSystem(a.system.id, () => api.dataSource.query(`update organisations set name = 'Renamed' where system_id = $1`, [b.system.id]));
    expect(updated[1]).toBe(0);
    expect(await privileged(() => api.dataSource.query(`select count(*)::int as n from places where name = 'Smuggled'`))).toEqual([{ n: 0 }]);
  });

  it('lets a request read no system rows before its caller is known', async () => {
    const counts = await new Promise((resolve, reject) => {
      // The scope every HTTP request runs in, before the session guard has found the caller.
      requestScope({} as Request, {} as Response, () => {
        api.dataSource.query('select (select count(*) from organisations)::int as organisations, (select count(*) from systems)::int as systems').then(resolve, reject);
      });
    });
    expect(counts).toEqual([{ organisations: 0, systems: 0 }]);
  });
});
