import { createSystem, FixtureSystem, PASSWORD, registerCounts } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const FIELDS = 'id name odsCode kind sector weight places { name }';
const CREATE = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${FIELDS} } }`;
const PAGE = `query($filter: OrganisationFilter, $first: Int!, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }
}`;

// Names chosen so that case-insensitive order differs from byte order ("ashby" sorts before "Brack").
const NAMES = ['Brackenford Mind', 'ashby Men\'s Shed', 'Ashby Carers Centre', 'Carrow Vale Food Bank', 'Dunmere Hospice', 'Age UK Ashby', 'Ashby 50% Club'];

describe('the partner register', () => {
  let api: TestApp;
  let fixture: FixtureSystem;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await createSystem(api.dataSource, 'Register ICS', ['Ashby', 'Brackenford'], [
      ...NAMES.map((name) => ({ name, places: name.toLowerCase().includes('ashby') ? ['Ashby'] : ['Brackenford'] })),
      { name: 'Register Teaching Hospitals NHS Foundation Trust', kind: 'ACUTE_TRUST' as const, sector: 'NHS' as const, odsCode: 'RXN', places: ['Ashby', 'Brackenford'] },
    ]);
    admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
  });
  afterAll(() => api.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'Ashby Community Transport', odsCode: null, kind: 'VCSE', sector: 'VCSE', placeIds: [fixture.placeIds['Ashby']], weight: 0.4, ...overrides,
  });

  it('pages through the whole register in case-insensitive name order without gaps or repeats', async () => {
    const expected = [...NAMES, 'Register Teaching Hospitals NHS Foundation Trust'].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase(), 'en', { sensitivity: 'base' }) || 0);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: any = await api.graphql(PAGE, { first: 3, after }, admin);
      expect(result.data.organisations.totalCount).toBe(8);
      seen.push(...result.data.organisations.edges.map((e: any) => e.node.name));
      after = result.data.organisations.pageInfo.hasNextPage ? result.data.organisations.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
  });

  it('searches names anywhere (case-insensitively, % taken literally) and ODS codes from the start', async () => {
    const names = async (filter: Record<string, unknown>) =>
      ((await api.graphql(PAGE, { filter, first: 50 }, admin)).data as any).organisations.edges.map((e: any) => e.node.name);
    expect(await names({ search: 'ASHBY' })).toEqual(['Age UK Ashby', 'Ashby 50% Club', 'Ashby Carers Centre', "ashby Men's Shed"]);
    expect(await names({ search: '50%' })).toEqual(['Ashby 50% Club']);
    expect(await names({ search: 'rx' })).toEqual(['Register Teaching Hospitals NHS Foundation Trust']);
    expect(await names({ search: 'ashby', placeId: fixture.placeIds['Brackenford'] })).toEqual([]);
    expect(await names({ kind: 'ACUTE_TRUST', sector: 'NHS', placeId: fixture.placeIds['Brackenford'] })).toEqual(['Register Teaching Hospitals NHS Foundation Trust']);
    expect(await names({ search: 'nothing like this' })).toEqual([]);
  });

  it('refuses a page size over 200 or a forged cursor, naming the argument', async () => {
    expect((await api.graphql(PAGE, { first: 500 }, admin)).errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'first', message: '"first" must be a whole number from 1 to 200' }]);
    expect((await api.graphql(PAGE, { first: 5, after: 'forged' }, admin)).errors?.[0].extensions?.['fieldErrors']?.[0].field).toBe('after');
  });

  it('adds a partner, tidying the name and upper-casing the ODS code', async () => {
    const result = await api.graphql(CREATE, { input: input({ name: '  Ashby   Community Transport ', odsCode: ' dq4 ' }) }, admin);
    expect(errorCodes(result)).toEqual([]);
    expect(result.data?.['createOrganisation']).toMatchObject({ name: 'Ashby Community Transport', odsCode: 'DQ4', kind: 'VCSE', weight: 0.4, places: [{ name: 'Ashby' }] });
  });

  it.each([
    ['a bad ODS code', { name: 'Fresh Name One', odsCode: 'R!' }, 'odsCode'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a duplicate name (in another case)', { name: 'BRACKENFORD MIND' }, 'name'],
    ['an ODS code already used', { name: 'Fresh Name Two', odsCode: 'rxn' }, 'odsCode'],
    ['a negative weight', { name: 'Fresh Name Three', weight: -1 }, 'weight'],
    ['an unknown place', { name: 'Fresh Name Four', placeIds: ['00000000-0000-4000-8000-000000000000'] }, 'placeIds'],
  ])('refuses %s with an error naming the field, and saves nothing', async (_case, overrides, field) => {
    const before = await registerCounts(api.dataSource);
    const result = await api.graphql(CREATE, { input: input(overrides) }, admin);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fieldErrors = result.errors?.[0].extensions?.['fieldErrors'];
    expect(fieldErrors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect(fieldErrors[0].message.length).toBeGreaterThan(10);
    expect(await registerCounts(api.dataSource)).toEqual(before);
  });

  it('lets only one of two simultaneous adds of the same name through; the other hears why', async () => {
    const results = await Promise.all([1, 2].map(() => api.graphql(CREATE, { input: input({ name: 'Simultaneous Partner' }) }, admin)));
    expect(results.map(errorCodes).sort()).toEqual([[], ['BAD_USER_INPUT']]);
    const refused = results.find((r) => r.errors)!;
    expect(refused.errors?.[0].extensions?.['fieldErrors'][0].field).toBe('name');
    const [{ n }] = await api.dataSource.query(`select count(*)::int as n from organisations where name = 'Simultaneous Partner'`);
    expect(n).toBe(1);
  });

  it('names every problem at once', async () => {
    const result = await api.graphql(CREATE, { input: input({ name: '', odsCode: '#', weight: -5 }) }, admin);
    expect(result.errors?.[0].extensions?.['fieldErrors'].map((e: { field: string }) => e.field)).toEqual(['name', 'odsCode', 'weight']);
  });

  it('says which name clashes, and keeps the partner as it was when an edit is refused', async () => {
    const target = fixture.organisations.find((o) => o.name === 'Dunmere Hospice')!;
    const result = await api.graphql(UPDATE, { id: target.id, input: input({ name: 'age uk ashby' }) }, admin);
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'name', message: 'A partner called "Age UK Ashby" already exists' }]);
    const [row] = await api.dataSource.query('select name, kind from organisations where id = $1', [target.id]);
    expect(row).toEqual({ name: 'Dunmere Hospice', kind: 'VCSE' });
  });

  it('edits a partner, replacing its places, and may keep its own name and code', async () => {
    const trust = fixture.organisations.find((o) => o.odsCode === 'RXN')!;
    const result = await api.graphql(UPDATE, {
      id: trust.id,
      input: input({ name: trust.name, odsCode: 'RXN', kind: 'ACUTE_TRUST', sector: 'NHS', placeIds: [fixture.placeIds['Brackenford']], weight: 612.5 }),
    }, admin);
    expect(errorCodes(result)).toEqual([]);
    expect(result.data?.['updateOrganisation']).toMatchObject({ name: trust.name, odsCode: 'RXN', weight: 612.5, places: [{ name: 'Brackenford' }] });
  });

  it('refuses an unknown kind through GraphQL validation, naming the field', async () => {
    const result = await api.graphql(CREATE, { input: input({ kind: 'SPACESHIP' }) }, admin);
    expect(result.errors?.[0].message).toMatch(/input\.kind/);
  });
});
