import { createSystem, FixtureSystem, PASSWORD, registerCounts } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const GET = 'query($id: ID!) { organisation(id: $id) { id name } }';
const UPDATE = 'mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name } }';
const CREATE = 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name } }';
const input = (overrides: Record<string, unknown> = {}) => ({ name: 'Renamed', kind: 'VCSE', sector: 'VCSE', placeIds: [], ...overrides });

describe('tenancy and roles', () => {
  let api: TestApp;
  let a: FixtureSystem;
  let b: FixtureSystem;
  let adminA: string;

  beforeAll(async () => {
    api = await startTestApp();
    a = await createSystem(api.dataSource, 'Alpha ICS', ['Alpha North'], [{ name: 'Alpha Hospice', places: ['Alpha North'] }]);
    b = await createSystem(api.dataSource, 'Beta ICS', ['Beta South'], [{ name: 'Beta Food Bank', places: ['Beta South'] }, { name: 'Beta Carers' }]);
    adminA = await api.signIn(a.users.ADMIN, PASSWORD);
  });
  afterAll(() => api.close());

  it("lists only the caller's own system's partners and places", async () => {
    const result = await api.graphql('{ organisations { totalCount edges { node { name } } } places { name } }', {}, adminA);
    expect(result.data).toEqual({ organisations: { totalCount: 1, edges: [{ node: { name: 'Alpha Hospice' } }] }, places: [{ name: 'Alpha North' }] });
  });

  it("gets nothing when guessing the id of another system's partner, or filtering by its place", async () => {
    expect((await api.graphql(GET, { id: b.organisations[0].id }, adminA)).data).toEqual({ organisation: null });
    const filtered = await api.graphql('query($p: ID!) { organisations(filter: { placeId: $p }) { totalCount } }', { p: b.placeIds['Beta South'] }, adminA);
    expect(filtered.data).toEqual({ organisations: { totalCount: 0 } });
    expect((await api.graphql(GET, { id: 'not-a-uuid' }, adminA)).data).toEqual({ organisation: null });
  });

  it("cannot change another system's partner, and nothing changes", async () => {
    const before = await registerCounts(api.dataSource);
    const result = await api.graphql(UPDATE, { id: b.organisations[0].id, input: input() }, adminA);
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    const [row] = await api.dataSource.query('select name from organisations where id = $1', [b.organisations[0].id]);
    expect(row.name).toBe('Beta Food Bank');
    expect(await registerCounts(api.dataSource)).toEqual(before);
  });

  it("cannot link a partner to another system's place", async () => {
    const before = await registerCounts(api.dataSource);
    const result = await api.graphql(CREATE, { input: input({ name: 'Alpha Newcomer', placeIds: [b.placeIds['Beta South']] }) }, adminA);
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'placeIds', message: 'One of the places chosen is not a place in this system' }]);
    expect(await registerCounts(api.dataSource)).toEqual(before);
  });

  it('allows only admins to write: every other role gets FORBIDDEN and nothing changes', async () => {
    const before = await registerCounts(api.dataSource);
    for (const role of ['LEADER', 'PLACE_LEAD', 'NON_EXECUTIVE', 'VIEWER'] as const) {
      const token = await api.signIn(a.users[role], PASSWORD);
      expect(errorCodes(await api.graphql(CREATE, { input: input({ name: `Made by ${role}` }) }, token))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.graphql(UPDATE, { id: a.organisations[0].id, input: input() }, token))).toEqual(['FORBIDDEN']);
      // but every role may read the register
      expect((await api.graphql(GET, { id: a.organisations[0].id }, token)).data).toEqual({ organisation: { id: a.organisations[0].id, name: 'Alpha Hospice' } });
    }
    expect(await registerCounts(api.dataSource)).toEqual(before);
    const [row] = await api.dataSource.query('select name from organisations where id = $1', [a.organisations[0].id]);
    expect(row.name).toBe('Alpha Hospice');
  });

  it('rejects a link across systems even if the service were bypassed (foreign keys include the system)', async () => {
    await expect(
      api.dataSource.query('insert into organisation_places (organisation_id, place_id, system_id) values ($1, $2, $3)', [a.organisations[0].id, b.placeIds['Beta South'], a.system.id]),
    ).rejects.toThrow(/foreign key/);
  });
});
