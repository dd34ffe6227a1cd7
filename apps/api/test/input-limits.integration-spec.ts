import {
  AMENDMENT_REASON_MAX_LENGTH,
  CLAIM_DOCUMENT_MAX_BYTES,
  CLAIM_EVIDENCE_NOTE_MAX_LENGTH,
  CLAIM_MADE_BY_ROLE_MAX_LENGTH,
  CLAIM_REVIEW_REASON_MAX_LENGTH,
  CLAIM_SOURCE_PAGE_MAX_LENGTH,
  CLAIM_SOURCE_TITLE_MAX_LENGTH,
  CLAIM_TEXT_MAX_LENGTH,
  DECISION_SUMMARY_MAX_LENGTH,
  DECISION_TITLE_MAX_LENGTH,
  EVIDENCE_TITLE_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  MANUAL_INDICATOR_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  EXTERNAL_ID_MAX_LENGTH,
  FILE_NAME_MAX_LENGTH,
  ISO_DATE_LENGTH,
  ISO_MONTH_LENGTH,
  LOCAL_AUTHORITY_MAX_LENGTH,
  NAME_MAX_LENGTH,
  REBASE_REASON_MAX_LENGTH,
  ODS_CODE_MAX_LENGTH,
  ONS_CODE_LENGTH,
  PASSWORD_MAX_LENGTH,
  SURVEY_COMMENT_MAX_LENGTH,
  SURVEY_TOKEN_MAX_LENGTH,
} from '@stewardship/domain';
import { MAX_IMPORT_BYTES } from '@stewardship/register-import';
import { ForumEntity } from '../src/forums/forum.entity';
import { SeatEntity } from '../src/forums/seat.entity';
import { PersonEntity } from '../src/people/person.entity';
import { createSystem, PASSWORD } from './support/fixtures';
import { tableFingerprint } from './support/table-fingerprint';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every String argument of every mutation, found in the schema (so a new mutation is covered without editing this
 * file), is sent one character over its limit: the answer must be a field error naming it, and nothing may change.
 */

/** Each text field's limit, as `<input type or mutation>.<field>`, from the domain's constants. */
const LIMITS: Record<string, number> = {
  'PlaceInput.name': NAME_MAX_LENGTH,
  'PlaceInput.localAuthority': LOCAL_AUTHORITY_MAX_LENGTH,
  'PlaceInput.onsCode': ONS_CODE_LENGTH,
  'PlaceInput.externalId': EXTERNAL_ID_MAX_LENGTH,
  'OrganisationInput.name': NAME_MAX_LENGTH,
  'OrganisationInput.odsCode': ODS_CODE_MAX_LENGTH,
  'OrganisationInput.externalId': EXTERNAL_ID_MAX_LENGTH,
  'PersonInput.name': NAME_MAX_LENGTH,
  'PersonInput.email': EMAIL_MAX_LENGTH,
  'PersonInput.externalId': EXTERNAL_ID_MAX_LENGTH,
  'ForumInput.name': NAME_MAX_LENGTH,
  'ForumInput.externalId': EXTERNAL_ID_MAX_LENGTH,
  'SeatInput.from': ISO_DATE_LENGTH,
  'SeatInput.to': ISO_DATE_LENGTH,
  'SeatChangeInput.from': ISO_DATE_LENGTH,
  'endSeat.to': ISO_DATE_LENGTH,
  'OpenSurveyRoundInput.month': ISO_MONTH_LENGTH,
  'ScoreRebaseInput.month': ISO_MONTH_LENGTH,
  'ScoreRebaseInput.reason': REBASE_REASON_MAX_LENGTH,
  'RebaseSuggestionDismissalInput.month': ISO_MONTH_LENGTH,
  'DecisionInput.date': ISO_DATE_LENGTH,
  'DecisionInput.title': DECISION_TITLE_MAX_LENGTH,
  'DecisionInput.summary': DECISION_SUMMARY_MAX_LENGTH,
  'EvidenceLinkInput.url': EVIDENCE_URL_MAX_LENGTH,
  'EvidenceLinkInput.title': EVIDENCE_TITLE_MAX_LENGTH,
  'amendDecision.reason': AMENDMENT_REASON_MAX_LENGTH,
  'ManualIndicatorInput.name': MANUAL_INDICATOR_NAME_MAX_LENGTH,
  'ManualIndicatorInput.from': ISO_DATE_LENGTH,
  'ManualIndicatorInput.to': ISO_DATE_LENGTH,
  'ManualIndicatorInput.evidenceUrl': EVIDENCE_URL_MAX_LENGTH,
  'ManualIndicatorInput.evidenceTitle': EVIDENCE_TITLE_MAX_LENGTH,
  'SignInInput.email': EMAIL_MAX_LENGTH,
  'SignInInput.password': PASSWORD_MAX_LENGTH,
  'ImportFileInput.fileName': FILE_NAME_MAX_LENGTH,
  // Base64 carries 3 bytes in every 4 characters.
  'ImportFileInput.contentBase64': Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4,
  'ClaimInput.text': CLAIM_TEXT_MAX_LENGTH,
  'ClaimInput.sourceTitle': CLAIM_SOURCE_TITLE_MAX_LENGTH,
  'ClaimInput.sourceUrl': EVIDENCE_URL_MAX_LENGTH,
  'ClaimInput.sourcePage': CLAIM_SOURCE_PAGE_MAX_LENGTH,
  'ClaimInput.madeByRole': CLAIM_MADE_BY_ROLE_MAX_LENGTH,
  'ClaimInput.madeOn': ISO_DATE_LENGTH,
  'ClaimInput.from': ISO_DATE_LENGTH,
  'ClaimInput.to': ISO_DATE_LENGTH,
  'ClaimEvidenceInput.documentTitle': EVIDENCE_TITLE_MAX_LENGTH,
  'ClaimEvidenceInput.documentUrl': EVIDENCE_URL_MAX_LENGTH,
  'ClaimEvidenceInput.note': CLAIM_EVIDENCE_NOTE_MAX_LENGTH,
  'reviewClaim.reason': CLAIM_REVIEW_REASON_MAX_LENGTH,
  'ClaimDocumentInput.fileName': FILE_NAME_MAX_LENGTH,
  'ClaimDocumentInput.contentBase64': Math.ceil(CLAIM_DOCUMENT_MAX_BYTES / 3) * 4 + 4,
  'SurveyPracticeAnswerInput.comment': SURVEY_COMMENT_MAX_LENGTH,
  'SurveyRelationshipAnswerInput.note': SURVEY_COMMENT_MAX_LENGTH,
  'saveSurveyAnswers.token': SURVEY_TOKEN_MAX_LENGTH,
  'submitSurvey.token': SURVEY_TOKEN_MAX_LENGTH,
  'monthlyReview.month': ISO_MONTH_LENGTH,
};
/** Queries whose text arguments users type (a month) rather than pick, held to their limits as the mutations are. */
const LIMITED_QUERIES = ['monthlyReview'];
/** A text field with no limit above must still refuse this much with a field error. */
const NO_LIMIT = 10_000;
/** Mutations administrators may not call, sent as a role that may: a verdict is a reviewer's (non-executives, leaders). */
const CALLED_AS_LEADER = new Set(['reviewClaim']);
/** Where the API's field error names the field in the user's words: the upload's content is "the file". */
const FIELD_NAMES: Record<string, string> = { 'ImportFileInput.contentBase64': 'file', 'ClaimDocumentInput.contentBase64': 'file' };

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface SchemaType {
  kind: string;
  name: string;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  mutationType { fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } }
  queryType { fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } }
  types { kind name enumValues { name } inputFields { name defaultValue type { ${TYPE_REF} } } }
} }`;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const typeText = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${typeText(type.ofType as TypeRef)}!` : type.kind === 'LIST' ? `[${typeText(type.ofType as TypeRef)}]` : (type.name as string);

/** One text field to overfill: its path in the variables, where its limit is looked up, and how the API names it. */
interface TextField {
  path: (string | number)[];
  key: string;
  expectedField: string;
}

describe('every text argument of every mutation (and of LIMITED_QUERIES), one character over its limit', () => {
  let api: TestApp;
  let admin: string;
  let leader: string;
  let types: Map<string, SchemaType>;
  let mutations: { name: string; type: TypeRef; args: InputValue[]; kind: 'mutation' | 'query' }[];
  const ids: Record<string, string> = {};
  let surveyToken: string;

  beforeAll(async () => {
    api = await startTestApp();
    const fixture = await createSystem(api.dataSource, 'Limits ICS', ['Ashby'], [
      { name: 'Limits Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Ashby'] },
      { name: 'Limits Carers', kind: 'VCSE', sector: 'VCSE', places: ['Ashby'] },
    ]);
    const systemId = fixture.system.id;
    const [trust, carers] = fixture.organisations;
    const person = await api.dataSource.getRepository(PersonEntity).save({
      systemId, name: 'Ada Limits', email: 'ada@limits.test', organisationId: trust.id, roleGroup: 'CLINICAL', externalId: null, archivedAt: null,
    } as PersonEntity);
    const forum = await api.dataSource.getRepository(ForumEntity).save({ systemId, name: 'Limits Board', kind: 'ICP', placeId: null, externalId: null, archivedAt: null } as ForumEntity);
    const seat = await api.dataSource.getRepository(SeatEntity).save({ systemId, forumId: forum.id, organisationId: trust.id, voting: true, chair: false, from: '2025-01-01', to: null } as SeatEntity);
    admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
    leader = await api.signIn(fixture.users.LEADER, PASSWORD);
    const opened = await api.graphql(
      'mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { round { id } links { url invitation { id } } } }',
      { i: { month: '2026-01', opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), personIds: [person.id] } },
      admin,
    );
    expect(opened.errors).toBeUndefined();
    const { round, links } = opened.data?.['openSurveyRound'] ?? {};
    surveyToken = links[0].url.split('/survey/')[1];
    Object.assign(ids, {
      place: fixture.placeIds['Ashby'], organisation: trust.id, partner: carers.id, person: person.id, forum: forum.id, seat: seat.id,
      round: round.id, invitation: links[0].invitation.id,
    });
    const decision = await api.graphql('mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }', { i: { forumId: forum.id, date: '2026-01-10', title: 'Limits decision', summary: 'Agreed.', outcome: 'AGREED' } }, admin);
    expect(decision.errors).toBeUndefined();
    ids['decision'] = decision.data?.['recordDecision'].id;

    const schema = (await api.graphql(INTROSPECTION, {}, admin)).data?.['__schema'];
    types = new Map((schema.types as SchemaType[]).map((t) => [t.name, t]));
    const limitedQueries = (schema.queryType.fields as typeof mutations).filter((q) => LIMITED_QUERIES.includes(q.name));
    expect(limitedQueries.map((q) => q.name)).toEqual(LIMITED_QUERIES);
    mutations = [...schema.mutationType.fields.map((m: (typeof mutations)[number]) => ({ ...m, kind: 'mutation' })), ...limitedQueries.map((q) => ({ ...q, kind: 'query' as const }))];
  });
  afterAll(() => api.close());

  /** The row an `id` argument names, from the mutation's name: updatePlace, archivePlace … take a place. */
  function idFor(mutation: string): string {
    const noun = ['Organisation', 'Person', 'Place', 'Forum', 'Seat', 'SurveyRound', 'Invitation', 'Decision'].find((n) => mutation.endsWith(n)) ?? '';
    return { Organisation: ids['organisation'], Person: ids['person'], Place: ids['place'], Forum: ids['forum'], Seat: ids['seat'], SurveyRound: ids['round'], Invitation: ids['invitation'], Decision: ids['decision'] }[noun] ?? crypto.randomUUID();
  }

  /** A value the API accepts for each field, so that only the overfilled field is wrong. */
  function validValue(type: TypeRef, field: string, mutation: string): unknown {
    if (type.kind === 'NON_NULL') return validValue(type.ofType as TypeRef, field, mutation);
    if (type.kind === 'LIST') return [validValue(type.ofType as TypeRef, field, mutation)];
    const schemaType = types.get(type.name as string) as SchemaType;
    if (type.kind === 'ENUM') return schemaType.enumValues?.[0].name;
    if (type.kind === 'INPUT_OBJECT') {
      // Lists of inputs (a decision's participants and evidence) get one valid item, so a field inside one can be overfilled.
      const listOfInputs = (f: InputValue) => named(f.type).kind === 'INPUT_OBJECT' && JSON.stringify(f.type).includes('"LIST"');
      const required = (schemaType.inputFields ?? []).filter((f) => (f.type.kind === 'NON_NULL' && f.defaultValue === null) || listOfInputs(f));
      return Object.fromEntries(required.map((f) => [f.name, validValue(f.type, f.name, mutation)]));
    }
    switch (type.name) {
      case 'ID':
        return field === 'id' ? idFor(mutation) : ({ organisationId: ids['partner'], forumId: ids['forum'], placeId: ids['place'], placeIds: ids['place'], personIds: ids['person'] } as Record<string, string>)[field] ?? crypto.randomUUID();
      case 'String':
        return ({ token: surveyToken, fileName: 'register.csv', contentBase64: Buffer.from('Name\nAshby\n').toString('base64'), month: '2026-02', from: '2026-02-01', to: '2026-03-01', date: '2026-02-10', madeOn: '2026-03-10', url: 'https://example.nhs.uk/minutes', evidenceUrl: 'https://example.nhs.uk/paper', email: 'new@limits.test', password: PASSWORD } as Record<string, string>)[field] ?? 'Valid text';
      case 'Int':
        return field === 'size' ? 5 : 3;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date(Date.now() + (field === 'closesAt' ? 7 : -1) * 86_400_000).toISOString();
      default:
        throw new Error(`No valid value known for ${field}: ${type.name}; teach validValue about this scalar`);
    }
  }

  /** Every String field under an argument: the argument itself, or a field of its input, through lists (first item). */
  function textFields(type: TypeRef, owner: string, name: string, path: (string | number)[], inside: string[]): TextField[] {
    const base = named(type);
    if (base.kind === 'SCALAR' && base.name === 'String') {
      const key = `${owner}.${name}`;
      return [{ path, key, expectedField: FIELD_NAMES[key] ?? (inside.length ? inside.join('.') : name) }];
    }
    if (base.kind !== 'INPUT_OBJECT') return [];
    const listed = type.kind === 'LIST' || (type.kind === 'NON_NULL' && type.ofType?.kind === 'LIST');
    const here = listed ? [...path, 0] : path;
    const insideHere = listed ? [...inside, '0'] : inside;
    return ((types.get(base.name as string) as SchemaType).inputFields ?? []).flatMap((field) =>
      textFields(field.type, base.name as string, field.name, [...here, field.name], [...insideHere, field.name]),
    );
  }

  /**
   * A field error names the field as the input path (`name`, `token`, `practiceScores.0.comment`); inside a list the
   * survey names the item by its key (`practiceScores.SAFE_ENVIRONMENT`, `relationships.<id>.note`), so there the
   * list and the field's own name (in the path or the message) must appear.
   */
  function namesField(error: { field: string; message: string }, expected: string): boolean {
    if (error.field === expected) return true;
    const [list, index, ...rest] = expected.split('.');
    if (index !== '0' || !error.field.startsWith(`${list}.`)) return false;
    const leaf = rest[rest.length - 1];
    return error.field.endsWith(`.${leaf}`) || error.message.toLowerCase().includes(leaf.toLowerCase());
  }

  function setAt(target: Record<string | number, unknown>, path: (string | number)[], value: unknown): void {
    const [head, ...rest] = path;
    if (!rest.length) target[head] = value;
    else setAt(target[head] as Record<string | number, unknown>, rest, value);
  }

  it('answers a field error naming the field, never INTERNAL_SERVER_ERROR, and writes nothing', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const mutation of mutations) {
      const fields = mutation.args.flatMap((arg) => textFields(arg.type, mutation.name, arg.name, [arg.name], []));
      if (!fields.length) continue;
      const declarations = mutation.args.map((arg) => `$${arg.name}: ${typeText(arg.type)}`).join(', ');
      const call = `${mutation.name}(${mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})`;
      const selection = named(mutation.type).kind === 'OBJECT' ? ' { __typename }' : '';
      for (const field of fields) {
        cases++;
        const variables = Object.fromEntries(mutation.args.map((arg) => [arg.name, validValue(arg.type, arg.name, mutation.name)]));
        setAt(variables, field.path, 'x'.repeat((LIMITS[field.key] ?? NO_LIMIT) + 1));
        const before = await tableFingerprint(api.dataSource);
        const result = await api.graphql(`${mutation.kind}(${declarations}) { ${call}${selection} }`, variables, CALLED_AS_LEADER.has(mutation.name) ? leader : admin);
        const after = await tableFingerprint(api.dataSource);
        const error = result.errors?.[0];
        const fieldErrors: { field: string; message: string }[] = error?.extensions?.['fieldErrors'] ?? [];
        const what = `${mutation.name} ${field.path.join('.')} (${field.key}, ${(LIMITS[field.key] ?? NO_LIMIT) + 1} characters)`;
        if (error?.extensions?.['code'] !== 'BAD_USER_INPUT' || !fieldErrors.some((e) => namesField(e, field.expectedField))) {
          failures.push(`${what}: expected a field error on "${field.expectedField}", got ${JSON.stringify(result.errors ?? result.data).slice(0, 300)}`);
        }
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length) failures.push(`${what}: changed ${changed.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(Object.keys(LIMITS).length);
  });
});
