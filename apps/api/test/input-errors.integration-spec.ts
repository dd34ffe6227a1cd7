import { PRACTICE_KEYS } from '@stewardship/domain';
import { request } from 'node:http';
import { encodeCursor } from '../src/common/pagination';
import { ForumEntity } from '../src/forums/forum.entity';
import { SeatEntity } from '../src/forums/seat.entity';
import { PersonEntity } from '../src/people/person.entity';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { tableFingerprint } from './support/table-fingerprint';
import { errorCodes, GraphQLResult, startTestApp, TestApp } from './support/test-app';

const PUBLIC_URL = 'https://stewardship.example.test';
const DAY = 86_400_000;
const fieldErrorsOf = (result: GraphQLResult) => (result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string; message: string }[];
const fieldsOf = (result: GraphQLResult) => fieldErrorsOf(result).map((e) => e.field);

/** Inputs found to answer INTERNAL_SERVER_ERROR (or to write and then fail) when tried as an attacker would. */
describe('bad input answers a field error and changes nothing', () => {
  let api: TestApp;
  let fixture: FixtureSystem;
  let admin: string;
  let person: PersonEntity;
  let forum: ForumEntity;
  let seat: SeatEntity;
  let token: string;
  let invitationId: string;

  /** Runs a request that must be refused, and fails if any table changed. */
  async function refused(query: string, variables: Record<string, unknown>, cookie?: string): Promise<GraphQLResult> {
    const before = await tableFingerprint(api.dataSource);
    const result = await api.graphql(query, variables, cookie);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
    return result;
  }

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL });
    fixture = await createSystem(api.dataSource, 'Errors ICS', ['Ashby'], [
      { name: 'Errors Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Ashby'] },
      { name: 'Errors Carers', kind: 'VCSE', sector: 'VCSE', places: ['Ashby'] },
    ]);
    const systemId = fixture.system.id;
    person = await api.dataSource.getRepository(PersonEntity).save({
      systemId, name: 'Ada Errors', email: 'ada@errors.test', organisationId: fixture.organisations[0].id, roleGroup: 'CLINICAL', externalId: null, archivedAt: null,
    } as PersonEntity);
    forum = await api.dataSource.getRepository(ForumEntity).save({ systemId, name: 'Errors Board', kind: 'ICP', placeId: null, externalId: null, archivedAt: null } as ForumEntity);
    seat = await api.dataSource.getRepository(SeatEntity).save({ systemId, forumId: forum.id, organisationId: fixture.organisations[0].id, voting: true, chair: false, from: '2025-01-01', to: null } as SeatEntity);
    admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
    const opened = await api.graphql(
      'mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { links { url invitation { id } } } }',
      { i: { month: '2026-01', opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 7 * DAY).toISOString(), personIds: [person.id] } },
      admin,
    );
    expect(opened.errors).toBeUndefined();
    const [link] = opened.data?.['openSurveyRound'].links ?? [];
    token = link.url.split('/survey/')[1];
    invitationId = link.invitation.id;
  });
  afterAll(() => api.close());

  describe('ids in upper case are the same ids: the change succeeds, and reads back', () => {
    const upper = (id: string) => id.toUpperCase();

    it('createPerson and updatePerson', async () => {
      const created = await api.graphql(
        'mutation($i: PersonInput!) { createPerson(input: $i) { id organisation { id } } }',
        { i: { name: 'Upper Case', email: 'upper@errors.test', organisationId: upper(fixture.organisations[1].id), roleGroup: 'VCSE' } },
        admin,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.['createPerson'].organisation.id).toBe(fixture.organisations[1].id);
      const id = created.data?.['createPerson'].id;
      const updated = await api.graphql(
        'mutation($id: ID!, $i: PersonInput!) { updatePerson(id: $id, input: $i) { id name organisation { id } } }',
        { id: upper(id), i: { name: 'Upper Case Two', email: 'upper@errors.test', organisationId: upper(fixture.organisations[0].id), roleGroup: 'VCSE' } },
        admin,
      );
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.['updatePerson']).toEqual({ id, name: 'Upper Case Two', organisation: { id: fixture.organisations[0].id } });
    });

    it('createForum, updateForum and addSeat', async () => {
      const placeId = fixture.placeIds['Ashby'];
      const created = await api.graphql('mutation($i: ForumInput!) { createForum(input: $i) { id place { id } } }', { i: { name: 'Upper Board', kind: 'PLACE_BOARD', placeId: upper(placeId) } }, admin);
      expect(created.errors).toBeUndefined();
      expect(created.data?.['createForum'].place).toEqual({ id: placeId });
      const id = created.data?.['createForum'].id;
      const updated = await api.graphql('mutation($id: ID!, $i: ForumInput!) { updateForum(id: $id, input: $i) { id name } }', { id: upper(id), i: { name: 'Upper Board Two', kind: 'PLACE_BOARD', placeId: upper(placeId) } }, admin);
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.['updateForum']).toEqual({ id, name: 'Upper Board Two' });
      const seated = await api.graphql(
        'mutation($i: SeatInput!) { addSeat(input: $i) { forum { id } organisation { id } } }',
        { i: { forumId: upper(id), organisationId: upper(fixture.organisations[1].id), from: '2026-01-01' } },
        admin,
      );
      expect(seated.errors).toBeUndefined();
      expect(seated.data?.['addSeat']).toEqual({ forum: { id }, organisation: { id: fixture.organisations[1].id } });
    });
  });

  describe('text PostgreSQL cannot store', () => {
    it('a NUL in sign-in, public and refused before any look-up', async () => {
      const result = await refused('mutation($i: SignInInput!) { signIn(input: $i) { role } }', { i: { email: `admin\u0000@errors.test`, password: `pass\u0000word` } });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['email', 'password']);
    });

    it("a NUL in a survey comment, from the respondent's public link", async () => {
      const answers = { practiceScores: [{ practice: PRACTICE_KEYS[0], score: 3, comment: 'fine\u0000' }], relationships: [] };
      for (const mutation of ['saveSurveyAnswers', 'submitSurvey']) {
        const result = await refused(`mutation($t: String!, $a: SurveyAnswersInput!) { ${mutation}(token: $t, answers: $a) }`, { t: token, a: answers });
        expect(fieldErrorsOf(result)).toEqual([{ field: 'practiceScores.0.comment', message: '"practiceScores.0.comment" contains a NUL character, which cannot be stored; remove it' }]);
      }
    });

    it('a lone surrogate in a name, and a NUL in a search', async () => {
      const created = await refused('mutation($i: PlaceInput!) { createPlace(input: $i) { id } }', { i: { name: 'Broken \uD83C place' } }, admin);
      expect(fieldsOf(created)).toEqual(['name']);
      const searched = await api.graphql('query($f: OrganisationFilter) { organisations(filter: $f, first: 10) { totalCount } }', { f: { search: 'a\u0000' } }, admin);
      expect(fieldsOf(searched)).toEqual(['search']);
    });

    it('an over-long external id on createPlace, as on createOrganisation', async () => {
      const result = await refused('mutation($i: PlaceInput!) { createPlace(input: $i) { id } }', { i: { name: 'Long Id Place', externalId: 'x'.repeat(101) } }, admin);
      expect(fieldErrorsOf(result)).toEqual([{ field: 'externalId', message: 'External ID must be 100 characters or fewer' }]);
    });
  });

  describe('dates that do not exist', () => {
    it('year 0000 and 30 February in seat dates', async () => {
      const added = await refused('mutation($i: SeatInput!) { addSeat(input: $i) { id } }', { i: { forumId: forum.id, organisationId: fixture.organisations[1].id, from: '0000-01-01', to: '2026-02-30' } }, admin);
      expect(fieldsOf(added)).toEqual(['from', 'to']);
      const ended = await refused('mutation($id: ID!, $to: String!) { endSeat(id: $id, to: $to) { id } }', { id: seat.id, to: '0000-12-31' }, admin);
      expect(fieldsOf(ended)).toEqual(['to']);
      const changed = await refused('mutation($id: ID!, $i: SeatChangeInput!) { changeSeat(id: $id, input: $i) { id } }', { id: seat.id, i: { from: '2026-02-30', voting: false, chair: false } }, admin);
      expect(fieldsOf(changed)).toEqual(['from']);
    });

    it("year 0000 and 30 February in a round's opening and closing times", async () => {
      const result = await refused(
        'mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { round { id } } }',
        { i: { month: '2026-03', opensAt: '0000-01-01T00:00:00Z', closesAt: '2026-02-30T09:00:00Z', personIds: [person.id] } },
        admin,
      );
      expect(fieldsOf(result)).toEqual(['closesAt', 'opensAt']);
    });
  });

  it('a hand-made pagination cursor is a field error on "after"', async () => {
    for (const after of [encodeCursor(['ashby', 'not-an-id']), encodeCursor(['ash\u0000by', person.id]), 'x'.repeat(500)]) {
      const result = await api.graphql('query($a: String) { people(first: 5, after: $a) { totalCount } }', { a: after }, admin);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['after']);
    }
  });

  it('a survey token longer than any link is a field error on "token"', async () => {
    const result = await refused('mutation($t: String!, $a: SurveyAnswersInput!) { saveSurveyAnswers(token: $t, answers: $a) }', { t: 'x'.repeat(101), a: { practiceScores: [], relationships: [] } });
    expect(fieldsOf(result)).toEqual(['token']);
  });

  it('a query over the token limit is HTTP 400 with a clear message, not 500', async () => {
    const query = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;
    const result = await api.graphql(query, {}, admin);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ message: 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it("builds survey links from PUBLIC_URL, never from the request's Host header", async () => {
    const body = JSON.stringify({ query: 'mutation($id: ID!) { reissueInvitation(id: $id) { url } }', variables: { id: invitationId } });
    const url = new URL(`${api.url}/graphql`);
    const answer = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json', cookie: `stewardship_session=${admin}` } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    const link: string = JSON.parse(answer).data.reissueInvitation.url;
    expect(link.startsWith(`${PUBLIC_URL}/survey/`)).toBe(true);
  });
});
