import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, GraphQLResult, startTestApp, TestApp } from './support/test-app';

const fieldsOf = (result: GraphQLResult) => (result.errors?.[0].extensions?.['fieldErrors'] ?? []).map((e: { field: string }) => e.field);

describe('the whole register: places, forums and seats, people, archiving and the audit trail', () => {
  let api: TestApp;
  let fixture: FixtureSystem;
  let admin: string;
  const gql = (query: string, variables: Record<string, unknown> = {}, token = admin) => api.graphql(query, variables, token);

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await createSystem(api.dataSource, 'Whole Register ICS', ['Ashby'], [
      { name: 'Whole Register ICB', kind: 'ICB', sector: 'NHS', odsCode: 'QWR', places: ['Ashby'] },
      { name: 'Ashby Food Bank', places: ['Ashby'] },
    ]);
    admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
  });
  afterAll(() => api.close());

  it('adds and edits places, naming bad fields, and archived places leave the list but stay readable', async () => {
    const created = await gql('mutation($i: PlaceInput!) { createPlace(input: $i) { id name onsCode archived } }', { i: { name: ' Brackenford ', onsCode: 'e06000999', localAuthority: 'Brackenford Council' } });
    expect(created.data?.['createPlace']).toMatchObject({ name: 'Brackenford', onsCode: 'E06000999', archived: false });
    const id = created.data?.['createPlace'].id;

    expect(fieldsOf(await gql('mutation($i: PlaceInput!) { createPlace(input: $i) { id } }', { i: { name: 'ashby' } }))).toEqual(['name']);
    expect(fieldsOf(await gql('mutation($i: PlaceInput!) { createPlace(input: $i) { id } }', { i: { name: 'Dunmere', onsCode: 'X123' } }))).toEqual(['onsCode']);

    await gql('mutation($id: ID!) { archivePlace(id: $id) { archived } }', { id });
    expect((await gql('{ places { name } }')).data).toEqual({ places: [{ name: 'Ashby' }] });
    expect((await gql('{ places(includeArchived: true) { name archived } }')).data).toEqual({ places: [{ name: 'Ashby', archived: false }, { name: 'Brackenford', archived: true }] });
    expect((await gql('query($id: ID!) { place(id: $id) { name archived } }', { id })).data).toEqual({ place: { name: 'Brackenford', archived: true } });
    await gql('mutation($id: ID!) { restorePlace(id: $id) { archived } }', { id });
    expect((await gql('{ places { name } }')).data?.['places']).toHaveLength(2);
  });

  it('keeps seat history: a change ends the old seat the day before and starts a new one', async () => {
    const forum = await gql('mutation($i: ForumInput!) { createForum(input: $i) { id name kind place { name } } }', { i: { name: 'Ashby Place Board', kind: 'PLACE_BOARD', placeId: fixture.placeIds['Ashby'] } });
    expect(forum.data?.['createForum']).toMatchObject({ name: 'Ashby Place Board', kind: 'PLACE_BOARD', place: { name: 'Ashby' } });
    const forumId = forum.data?.['createForum'].id;
    const icb = fixture.organisations[0].id;

    const seat = await gql('mutation($i: SeatInput!) { addSeat(input: $i) { id voting chair from to } }', { i: { forumId, organisationId: icb, voting: true, chair: false, from: '2024-04-01' } });
    expect(seat.data?.['addSeat']).toMatchObject({ voting: true, chair: false, from: '2024-04-01', to: null });

    const changed = await gql('mutation($id: ID!, $i: SeatChangeInput!) { changeSeat(id: $id, input: $i) { from to chair } }', { id: seat.data?.['addSeat'].id, i: { voting: true, chair: true, from: '2025-01-01' } });
    expect(changed.data?.['changeSeat']).toEqual({ from: '2025-01-01', to: null, chair: true });

    const seats = await gql('query($id: ID!) { forum(id: $id) { current: seats { chair from to organisation { name } } all: seats(includeEnded: true) { chair from to } } }', { id: forumId });
    expect(seats.data?.['forum'].current).toEqual([{ chair: true, from: '2025-01-01', to: null, organisation: { name: 'Whole Register ICB' } }]);
    expect(seats.data?.['forum'].all).toEqual([
      { chair: true, from: '2025-01-01', to: null },
      { chair: false, from: '2024-04-01', to: '2024-12-31' },
    ]);
    const fromPartner = await gql('query($id: ID!) { organisation(id: $id) { seats { chair forum { name } } } }', { id: icb });
    expect(fromPartner.data?.['organisation'].seats).toEqual([{ chair: true, forum: { name: 'Ashby Place Board' } }]);
  });

  it('refuses seats with dates out of order or on another system\'s forum, naming the field', async () => {
    const forum = await gql('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'Ageing Well Programme Board', kind: 'PROGRAMME_BOARD' } });
    const forumId = forum.data?.['createForum'].id;
    const organisationId = fixture.organisations[1].id;
    expect(fieldsOf(await gql('mutation($i: SeatInput!) { addSeat(input: $i) { id } }', { i: { forumId, organisationId, voting: false, chair: false, from: '2025-03-01', to: '2025-01-01' } }))).toEqual(['to']);
    expect(fieldsOf(await gql('mutation($i: SeatInput!) { addSeat(input: $i) { id } }', { i: { forumId, organisationId, voting: false, chair: false, from: '2025-02-30' } }))).toEqual(['from']);
    expect(fieldsOf(await gql('mutation($i: SeatInput!) { addSeat(input: $i) { id } }', { i: { forumId: '00000000-0000-4000-8000-000000000000', organisationId, voting: false, chair: false, from: '2025-01-01' } }))).toEqual(['forumId']);
  });

  it('keeps people unique by email and lists them by organisation', async () => {
    const input = { name: 'Asha Patel', email: 'Asha.Patel@Foodbank.example', organisationId: fixture.organisations[1].id, roleGroup: 'VCSE' };
    const created = await gql('mutation($i: PersonInput!) { createPerson(input: $i) { name email roleGroup organisation { name } } }', { i: input });
    expect(created.data?.['createPerson']).toEqual({ name: 'Asha Patel', email: 'asha.patel@foodbank.example', roleGroup: 'VCSE', organisation: { name: 'Ashby Food Bank' } });
    expect(fieldsOf(await gql('mutation($i: PersonInput!) { createPerson(input: $i) { id } }', { i: { ...input, name: 'Someone Else' } }))).toEqual(['email']);
    expect(fieldsOf(await gql('mutation($i: PersonInput!) { createPerson(input: $i) { id } }', { i: { ...input, email: 'not an email' } }))).toEqual(['email']);
    const listed = await gql('query($o: ID!) { people(filter: { organisationId: $o }) { totalCount edges { node { email } } } }', { o: fixture.organisations[1].id });
    expect(listed.data?.['people']).toEqual({ totalCount: 1, edges: [{ node: { email: 'asha.patel@foodbank.example' } }] });
  });

  it('records who changed what, when, with old and new values, and keeps the history of archived partners', async () => {
    const organisation = fixture.organisations[1];
    await gql('mutation($id: ID!, $i: OrganisationInput!) { updateOrganisation(id: $id, input: $i) { id } }', {
      id: organisation.id,
      i: { name: 'Ashby Community Food Bank', kind: 'VCSE', sector: 'VCSE', placeIds: [], weight: 0.2 },
    });
    await gql('mutation($id: ID!) { archiveOrganisation(id: $id) { archived } }', { id: organisation.id });
    const history = await gql('query($id: ID!) { auditHistory(entityType: ORGANISATION, entityId: $id) { action actor viaImport changes { field from to } } }', { id: organisation.id });
    expect(history.data?.['auditHistory']).toEqual([
      { action: 'ARCHIVE', actor: 'ADMIN of Whole Register ICS', viaImport: false, changes: [{ field: 'archived', from: 'false', to: 'true' }] },
      {
        action: 'UPDATE', actor: 'ADMIN of Whole Register ICS', viaImport: false,
        changes: [
          { field: 'name', from: 'Ashby Food Bank', to: 'Ashby Community Food Bank' },
          { field: 'places', from: 'Ashby', to: null },
          { field: 'weight', from: null, to: '0.2' },
        ],
      },
    ]);
    const list = await gql('{ organisations { edges { node { name } } } all: organisations(filter: { includeArchived: true }) { totalCount } }');
    expect(list.data?.['organisations'].edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Whole Register ICB']);
    expect(list.data?.['all'].totalCount).toBe(2);
  });

  it('lets only admins change the register', async () => {
    const lead = await api.signIn(fixture.users.PLACE_LEAD, PASSWORD);
    expect(errorCodes(await gql('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'Rogue Board', kind: 'ICP' } }, lead))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql('mutation($i: PlaceInput!) { createPlace(input: $i) { id } }', { i: { name: 'Rogue Place' } }, lead))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql('mutation($id: ID!) { archiveOrganisation(id: $id) { id } }', { id: fixture.organisations[0].id }, lead))).toEqual(['FORBIDDEN']);
  });

  it('lists the people whose organisation serves a place, and names a malformed place id', async () => {
    const place = await gql('mutation($i: PlaceInput!) { createPlace(input: $i) { id } }', { i: { name: 'Dunmere' } });
    const dunmere = place.data?.['createPlace'].id;
    const partner = await gql('mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }', { i: { name: 'Dunmere Carers', kind: 'VCSE', sector: 'VCSE', placeIds: [dunmere] } });
    const organisationId = partner.data?.['createOrganisation'].id;
    await gql('mutation($i: PersonInput!) { createPerson(input: $i) { id } }', { i: { name: 'Dev Rao', email: 'dev.rao@dunmere.example', organisationId, roleGroup: 'VCSE' } });
    await gql('mutation($i: PersonInput!) { createPerson(input: $i) { id } }', { i: { name: 'Ola Berg', email: 'ola.berg@icb.example', organisationId: fixture.organisations[0].id, roleGroup: 'EXECUTIVE' } });

    const inPlace = (placeId: string) => gql('query($p: ID!) { people(filter: { placeId: $p }) { totalCount edges { node { email } } } }', { p: placeId });
    expect((await inPlace(dunmere)).data?.['people']).toEqual({ totalCount: 1, edges: [{ node: { email: 'dev.rao@dunmere.example' } }] });
    expect((await inPlace(fixture.placeIds['Ashby'])).data?.['people'].edges).toContainEqual({ node: { email: 'ola.berg@icb.example' } });
    expect((await inPlace(fixture.placeIds['Ashby'])).data?.['people'].edges).not.toContainEqual({ node: { email: 'dev.rao@dunmere.example' } });
    const malformed = await inPlace('dunmere');
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(malformed)).toEqual(['placeId']);
  });

  it('filters people by their organisation\'s sector, and gives every match\'s id beyond the page for "select all that match"', async () => {
    const everyone = await gql('{ people { edges { node { id email } } } }');
    const idOf = new Map<string, string>(everyone.data?.['people'].edges.map((e: { node: { id: string; email: string } }) => [e.node.email, e.node.id]));
    const inSector = (filter: Record<string, unknown>) => gql('query($f: PeopleFilter) { people(filter: $f, first: 1) { totalCount edges { node { email } } matchingIds } }', { f: filter });

    expect((await inSector({ sector: 'NHS' })).data?.['people']).toEqual({ totalCount: 1, edges: [{ node: { email: 'ola.berg@icb.example' } }], matchingIds: [idOf.get('ola.berg@icb.example')] });
    const vcse = (await inSector({ sector: 'VCSE' })).data?.['people'];
    expect(vcse.edges).toEqual([{ node: { email: 'asha.patel@foodbank.example' } }]);
    expect(vcse.matchingIds).toEqual([idOf.get('asha.patel@foodbank.example'), idOf.get('dev.rao@dunmere.example')]);
    expect(vcse.totalCount).toBe(2);
    expect((await inSector({ sector: 'LOCAL_GOVERNMENT' })).data?.['people']).toEqual({ totalCount: 0, edges: [], matchingIds: [] });
    expect((await inSector({ sector: 'VCSE', roleGroup: 'EXECUTIVE' })).data?.['people'].matchingIds).toEqual([]);
  });
});
