import { PRACTICE_KEYS, ROLES, Role } from '@stewardship/domain';
import { randomUUID } from 'node:crypto';
import { isEnumType } from 'graphql';
import { PASSWORD } from './support/fixtures';
import { ArgumentBuilder, buildArguments, firstEnumValue, idEntity, loadSchemaOperations, operationDocument, SchemaOperation } from './support/schema-operations';
import { createPopulatedSystem, idsOfSystem, oneIdPerTable, PopulatedSystem, systemTables, tableOfEntity } from './support/system-rows';
import { tableFingerprint } from './support/table-fingerprint';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

type Allowed = 'ANY_MEMBER' | readonly Role[];
/**
 * Who may call each operation. `read` leaves rows as they are; `write` may change them, so a refusal is also checked
 * to change nothing. Every operation in schema.gql needs a row here: a new one fails this suite until it has one.
 */
type Rule =
  | 'PUBLIC'
  | {
      read?: Allowed;
      write?: Allowed;
      /** Fields of the result only these roles may read; others get FORBIDDEN on that field alone. */
      fieldsFor?: { fields: string[]; roles: readonly Role[] };
      /** A place lead may name only their own place; any other place is FORBIDDEN. */
      placeLeadOwnPlaceOnly?: true;
      /** It ends the caller's session, so it is called with a session of its own. */
      endsSession?: true;
    };

const ADMIN_ONLY = ['ADMIN'] as const;
// The import operations are called here with schema.gql's first ImportKind, decisions, which those who record decisions
// may import; that they are refused the register's kinds is checked in decisions-import.integration-spec.ts.
const IMPORTERS = ['ADMIN', 'LEADER', 'PLACE_LEAD'] as const;
const DECISION_RECORDERS = ['ADMIN', 'LEADER', 'PLACE_LEAD'] as const;
/** Rebasing a chart is a judgement about the process: for those who lead the system's work, not for readers. */
const ADMIN_AND_LEADER = ['ADMIN', 'LEADER'] as const;
/** Claims are read by all but place leads (their evidence may be other places' figures), recorded by those who read board papers, reviewed by non-executives and leaders. */
const CLAIM_READERS = ['ADMIN', 'LEADER', 'NON_EXECUTIVE', 'VIEWER'] as const;
const CLAIM_RECORDERS = ['ADMIN', 'LEADER', 'NON_EXECUTIVE'] as const;
const CLAIM_REVIEWERS = ['LEADER', 'NON_EXECUTIVE'] as const;
const EXPECTED: Record<string, Rule> = {
  auditHistory: { read: 'ANY_MEMBER' },
  // Anyone's own pack; anyone else's is null (board-packs.integration-spec.ts checks that in detail).
  boardPack: { read: 'ANY_MEMBER' },
  boardPackSupport: { read: 'ANY_MEMBER' },
  claim: { read: CLAIM_READERS },
  claims: { read: CLAIM_READERS },
  decision: { read: 'ANY_MEMBER' },
  decisions: { read: 'ANY_MEMBER' },
  exportClaims: { read: CLAIM_READERS },
  exportRegister: { read: 'ANY_MEMBER' },
  forum: { read: 'ANY_MEMBER' },
  forums: { read: 'ANY_MEMBER' },
  importColumns: { read: IMPORTERS },
  importTemplate: { read: IMPORTERS },
  minimumGroupSize: { read: 'ANY_MEMBER' },
  monthlyReview: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  organisation: { read: 'ANY_MEMBER' },
  organisations: { read: 'ANY_MEMBER' },
  partnerNetwork: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  partnerNetworkMap: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  // A place lead sees a partner's position in their own place's network: a partner outside it is null, not refused.
  partnerNetworkPosition: { read: 'ANY_MEMBER' },
  partnerRelationshipSummary: { read: 'ANY_MEMBER' },
  people: { read: 'ANY_MEMBER' },
  person: { read: 'ANY_MEMBER' },
  place: { read: 'ANY_MEMBER' },
  places: { read: 'ANY_MEMBER' },
  manualIndicators: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  powerIndicators: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  powerSeries: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  proposedEvidence: { read: CLAIM_READERS },
  practiceScores: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  summaryScores: { read: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  securityEvents: { read: ADMIN_ONLY },
  surveyByToken: 'PUBLIC',
  surveyRound: { read: 'ANY_MEMBER', fieldsFor: { fields: ['invitations'], roles: ADMIN_ONLY } },
  surveyRounds: { read: 'ANY_MEMBER', fieldsFor: { fields: ['invitations'], roles: ADMIN_ONLY } },
  viewer: 'PUBLIC',

  addSeat: { write: ADMIN_ONLY },
  amendDecision: { write: DECISION_RECORDERS },
  archiveForum: { write: ADMIN_ONLY },
  attachClaimDocument: { write: CLAIM_RECORDERS },
  archiveOrganisation: { write: ADMIN_ONLY },
  archivePerson: { write: ADMIN_ONLY },
  archivePlace: { write: ADMIN_ONLY },
  changeSeat: { write: ADMIN_ONLY },
  closeSurveyRound: { write: ADMIN_ONLY, fieldsFor: { fields: ['invitations'], roles: ADMIN_ONLY } },
  commitImport: { write: IMPORTERS },
  createForum: { write: ADMIN_ONLY },
  createOrganisation: { write: ADMIN_ONLY },
  createPerson: { write: ADMIN_ONLY },
  createPlace: { write: ADMIN_ONLY },
  dismissRebaseSuggestion: { write: ADMIN_AND_LEADER },
  endSeat: { write: ADMIN_ONLY },
  linkClaimEvidence: { write: CLAIM_RECORDERS },
  openSurveyRound: { write: ADMIN_ONLY },
  previewImport: { write: IMPORTERS },
  recordClaim: { write: CLAIM_RECORDERS },
  recordDecision: { write: DECISION_RECORDERS },
  requestBoardPack: { write: 'ANY_MEMBER', placeLeadOwnPlaceOnly: true },
  recordManualIndicator: { write: DECISION_RECORDERS, placeLeadOwnPlaceOnly: true },
  reissueInvitation: { write: ADMIN_ONLY },
  restoreForum: { write: ADMIN_ONLY },
  reviewClaim: { write: CLAIM_REVIEWERS },
  restoreOrganisation: { write: ADMIN_ONLY },
  restorePerson: { write: ADMIN_ONLY },
  restorePlace: { write: ADMIN_ONLY },
  saveSurveyAnswers: 'PUBLIC',
  setMinimumGroupSize: { write: ADMIN_ONLY },
  setScoreRebase: { write: ADMIN_AND_LEADER },
  setSystemViewGrant: { write: ADMIN_ONLY },
  signIn: 'PUBLIC',
  signOut: { write: 'ANY_MEMBER', endsSession: true },
  submitSurvey: 'PUBLIC',
  updateForum: { write: ADMIN_ONLY },
  updateOrganisation: { write: ADMIN_ONLY },
  updatePerson: { write: ADMIN_ONLY },
  updatePlace: { write: ADMIN_ONLY },
  withdrawScoreRebase: { write: ADMIN_AND_LEADER },
};

/** Tables a refused sign-in writes to by design: the attempt is counted (and recorded). */
const ATTEMPT_TABLES = /^(sign_in_limits|security_events?)$/;
const DAY = 86_400_000;
const SCORES = 'query($f: ScoreFilter) { practiceScores(filter: $f, months: 2) { practice points { month n mean suppressed distribution } } }';

type IdKind = 'own' | 'other' | 'random';
interface MatrixCaller {
  label: string;
  role: Role | null;
  system: PopulatedSystem | null;
  other: PopulatedSystem | null;
  cookie?: string;
}

describe('authorization matrix: every operation of schema.gql × every role of two systems and signed out × own, other and random ids', () => {
  let api: TestApp;
  let alpha: PopulatedSystem;
  let beta: PopulatedSystem;
  const operations = loadSchemaOperations();

  beforeAll(async () => {
    api = await startTestApp({}, { signInLimit: { attemptsPerAccount: 1000, attemptsPerAddress: 10_000, windowSeconds: 60 } });
    alpha = await createPopulatedSystem(api, 'Alpha ICS', 6);
    beta = await createPopulatedSystem(api, 'Beta ICS');
  });
  afterAll(() => api.close());

  it('has an expected outcome for every operation in the schema, and none for operations that are gone', () => {
    const names = operations.map((o) => o.name);
    expect(names.filter((name) => !(name in EXPECTED)).map((name) => `${name} is in schema.gql but has no row in EXPECTED`)).toEqual([]);
    expect(Object.keys(EXPECTED).filter((name) => !names.includes(name)).map((name) => `${name} has a row in EXPECTED but is not in schema.gql`)).toEqual([]);
  });

  it("shows a place lead their own place's scores, and refuses them any other place", async () => {
    const [north, south] = Object.values(alpha.placeIds);
    // Six respondents in each place, scoring differently, so the place and the system differ.
    for (const [i, token] of alpha.tokens.entries()) {
      const score = i < 6 ? 2 : 5;
      const answers = { practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score, comment: null })), direction: score, alignment: score, commitment: score, relationships: [] };
      expect(errorCodes(await api.graphql('mutation($t: String!, $a: SurveyAnswersInput!) { submitSurvey(token: $t, answers: $a) }', { t: token, a: answers }))).toEqual([]);
    }
    const lead = await api.signIn(alpha.users.PLACE_LEAD, PASSWORD);
    const own = await api.graphql(SCORES, {}, lead);
    expect(own.errors).toBeUndefined();
    expect(own).toEqual(await api.graphql(SCORES, { f: { placeId: north } }, alpha.admin));
    expect(own).toEqual(await api.graphql(SCORES, { f: { placeId: north } }, lead));
    expect(own.data).not.toEqual((await api.graphql(SCORES, {}, alpha.admin)).data);
    for (const placeId of [south, beta.placeIds['Beta ICS North'], randomUUID()]) {
      expect(errorCodes(await api.graphql(SCORES, { f: { placeId } }, lead))).toEqual(['FORBIDDEN']);
    }
  });

  it('gives each caller what its role allows, never another system’s rows, and changes nothing when it refuses', async () => {
    // Users belong to systems through memberships; a user argument names the system's place lead (the one user a grant applies to).
    const tables = [...(await systemTables(api.dataSource)).filter((t) => t.hasId).map((t) => t.name), 'users'];
    const placeLeadOf = async (system: PopulatedSystem) => (await api.dataSource.query('select id from users where email = $1', [system.users.PLACE_LEAD]))[0].id as string;
    const idPools = async (system: PopulatedSystem) => ({
      ...(await oneIdPerTable(api.dataSource, system.system.id)),
      places: system.placeIds[`${system.system.name} North`],
      users: await placeLeadOf(system),
    });
    const pools = new Map<PopulatedSystem, Record<string, string>>([[alpha, await idPools(alpha)], [beta, await idPools(beta)]]);
    const needles = async (system: PopulatedSystem) => [system.system.name, system.system.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), ...(await idsOfSystem(api.dataSource, system.system.id))];
    let needlesOf = new Map([[alpha, await needles(alpha)], [beta, await needles(beta)]]);

    const callers: MatrixCaller[] = [{ label: 'signed out', role: null, system: null, other: null }];
    for (const [system, other] of [[alpha, beta], [beta, alpha]]) {
      for (const role of ROLES) callers.push({ label: `${role} of ${system.system.name}`, role, system, other, cookie: await api.signIn(system.users[role], PASSWORD) });
    }

    const problems: string[] = [];
    const counts = { operations: operations.length, callers: callers.length, combinations: 0, requests: 0, answered: 0, leaks: 0 };
    let serial = 0;

    const argumentsFor = (operation: SchemaOperation, caller: MatrixCaller, idKind: IdKind) => {
      const idSystem = idKind === 'own' ? caller.system ?? alpha : idKind === 'other' ? caller.other ?? beta : null;
      const marker = caller.system?.system.name ?? 'Visitor';
      const builder: ArgumentBuilder<unknown> = {
        includeNullable: ({ type }) => type.name === 'ID' || 'getFields' in type,
        object: (fields) => fields,
        list: (item) => [item],
        leaf: (leaf) => {
          serial += 1;
          if (isEnumType(leaf.type)) return firstEnumValue(leaf.type);
          if (leaf.type.name === 'ID') {
            if (!idSystem) return randomUUID();
            const entity = idEntity(leaf);
            const table = tableOfEntity(entity, tables);
            const id = table && pools.get(idSystem)?.[table];
            if (!id) problems.push(`${operation.name}: no table holds a ${entity} for its argument ${leaf.path.join('.')}; name it as idEntity expects`);
            return id ?? randomUUID();
          }
          if (leaf.type.name === 'DateTime') return new Date(Date.now() + (leaf.name.startsWith('close') ? 7 * DAY : -DAY)).toISOString();
          if (leaf.type.name === 'Int') return 3;
          if (leaf.type.name === 'Float') return 1.5;
          if (leaf.type.name === 'Boolean') return false;
          return stringFor(leaf.name, marker, serial);
        },
      };
      return buildArguments(operation, builder);
    };

    for (const operation of operations) {
      const rule = EXPECTED[operation.name];
      if (!rule) continue;
      const writes = operation.kind === 'mutation';
      const hasIds = JSON.stringify(buildArguments(operation, { leaf: (l) => l.type.name === 'ID', object: (f) => Object.values(f).some(Boolean), list: (i) => i })).includes('true');
      const idKinds: IdKind[] = hasIds ? ['own', 'other', 'random'] : ['own'];
      for (const caller of callers) {
        for (const idKind of idKinds) {
          counts.combinations += 1;
          const variables = argumentsFor(operation, caller, idKind);
          const query = operationDocument(operation, Object.keys(variables));
          const cookie = caller.cookie && rule !== 'PUBLIC' && rule.endsSession ? await api.signIn(caller.system!.users[caller.role!], PASSWORD) : caller.cookie;
          const before = writes ? await tableFingerprint(api.dataSource) : undefined;
          const result = await api.graphql(query, variables, cookie);
          counts.requests += 1;
          const changed = before ? changedTables(before, await tableFingerprint(api.dataSource), operation.name === 'signIn') : [];
          const codes = errorCodes(result);
          if (!codes.length) counts.answered += 1;
          const where = `${operation.name} as ${caller.label} with ${idKind} ids`;
          const fail = (what: string) => problems.push(`${where}: ${what} (answer: ${JSON.stringify(result).slice(0, 300)})`);

          if (result.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) fail('server error');
          const watched = caller.other ? [caller.other] : [alpha, beta];
          const text = JSON.stringify({ data: result.data, errors: result.errors });
          for (const system of watched) {
            const seen = needlesOf.get(system)?.find((needle) => text.includes(needle));
            if (seen) {
              counts.leaks += 1;
              fail(`shows ${seen} of ${system.system.name}`);
            }
          }

          const allowedRoles = rule === 'PUBLIC' ? 'PUBLIC' : (rule.read ?? rule.write)!;
          const refusedAs = !caller.role && allowedRoles !== 'PUBLIC' ? 'UNAUTHENTICATED' : caller.role && allowedRoles !== 'PUBLIC' && allowedRoles !== 'ANY_MEMBER' && !allowedRoles.includes(caller.role) ? 'FORBIDDEN' : null;
          const placeLeadRefused = rule !== 'PUBLIC' && rule.placeLeadOwnPlaceOnly && caller.role === 'PLACE_LEAD' && idKind !== 'own';
          if (refusedAs || placeLeadRefused) {
            if (JSON.stringify(codes) !== JSON.stringify([refusedAs ?? 'FORBIDDEN'])) fail(`expected only ${refusedAs ?? 'FORBIDDEN'}`);
            if (changed.length) fail(`refused, yet changed ${changed.join(', ')}`);
            continue;
          }
          const fieldRule = rule !== 'PUBLIC' ? rule.fieldsFor : undefined;
          const fieldRefusals = (result.errors ?? []).filter((e) => e.extensions?.['code'] === 'FORBIDDEN' && fieldRule && caller.role && !fieldRule.roles.includes(caller.role) && fieldRule.fields.includes(String((e as { path?: unknown[] }).path?.at(-1))));
          const otherCodes = codes.filter((_, i) => !fieldRefusals.includes(result.errors![i]));
          if (rule !== 'PUBLIC' && otherCodes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')) fail('refused a role it should allow');
          if (writes && hasIds && idKind !== 'own' && rule !== 'PUBLIC') {
            if (!otherCodes.length || otherCodes.some((c) => c !== 'NOT_FOUND' && c !== 'BAD_USER_INPUT')) fail('expected NOT_FOUND or a field error for ids not of its system');
            if (changed.length) fail(`refused, yet changed ${changed.join(', ')}`);
          }
          if (writes && !codes.length) needlesOf = new Map([[alpha, await needles(alpha)], [beta, await needles(beta)]]);
        }
      }
    }

    process.stdout.write(
      `authorization matrix: ${counts.operations} operations × ${counts.callers} callers (5 roles × 2 systems + signed out) × up to 3 id kinds = ` +
        `${counts.combinations} combinations, ${counts.requests} requests (${counts.answered} answered without error), ${counts.leaks} leaks\n`,
    );
    expect(problems).toEqual([]);
  }, 300_000);
});

/** A valid value for a text argument, by what its name says it holds; free text carries the caller's system's name. */
function stringFor(name: string, marker: string, serial: number): string {
  const slug = marker.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (name === 'email') return `matrix-${serial}@${slug}.test`;
  if (name === 'password') return 'not the password';
  if (name === 'from' || name === 'to') return `2026-0${1 + (serial % 9)}-15`;
  if (name === 'month') return `2027-${String(1 + (serial % 12)).padStart(2, '0')}`;
  if (name === 'fromMonth') return '2026-01';
  if (name === 'toMonth') return '2026-03';
  if (name === 'token') return `no-such-token-${serial}`;
  if (name === 'fileName') return 'places.csv';
  if (name === 'contentBase64') return Buffer.from(`name\n${marker} Imported ${serial}\n`).toString('base64');
  return `${marker} ${name} ${serial}`;
}

/** The tables whose rows differ; a refused sign-in may count its attempt. */
function changedTables(before: Record<string, string>, after: Record<string, string>, signIn: boolean): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t] && !(signIn && ATTEMPT_TABLES.test(t)));
}
