import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { getNullableType, GraphQLInputType, isEnumType, isInputObjectType, isNonNullType } from 'graphql';
import { PASSWORD } from './support/fixtures';
import { ArgumentBuilder, ArgumentLeaf, buildArguments, idEntity, loadSchemaOperations, operationDocument, SchemaOperation } from './support/schema-operations';
import { createPopulatedSystem, oneIdPerTable, PopulatedSystem, systemTables, tableOfEntity } from './support/system-rows';
import { tableFingerprint } from './support/table-fingerprint';
import { GraphQLResult, startTestApp, TestApp } from './support/test-app';

/**
 * Every mutation of schema.gql (so one added later is fuzzed without editing this file) is called by an administrator
 * of Alpha with arguments built from its input types: mostly values Alpha would accept, and, one field in about every
 * other call, a hostile one (NUL, lone surrogates, 10,000 characters, injection text, huge or NaN-like numbers, year 0
 * and 9999 and 30 February, ids in upper case, of Beta, of another kind or malformed). The answer must be success or
 * a refusal that names the field, never a server error, and a refusal must leave every table as it was.
 */

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);
const RUNS_PER_MUTATION = Number(process.env['FUZZ_RUNS'] ?? 15);
const DAY = 86_400_000;

/** How a mutation is called when not as Alpha's administrator, and why; printed so the exceptions are visible. */
const CALLED_AS: Record<string, { as: 'signed out' | 'own session' | 'a leader'; why: string }> = {
  signIn: { as: 'signed out', why: 'it is how a visitor signs in; a refused attempt is counted in sign_in_limits and security_events by design' },
  saveSurveyAnswers: { as: 'signed out', why: 'respondents have no account: the survey token is the credential' },
  submitSurvey: { as: 'signed out', why: 'respondents have no account: the survey token is the credential' },
  signOut: { as: 'own session', why: 'it ends the session it is called with, so each call gets a fresh one' },
  reviewClaim: { as: 'a leader', why: 'a verdict is a reviewer’s: non-executives and leaders give them, administrators do not' },
};
/** Queries whose arguments are typed by users (a month, a place) rather than picked from lists, fuzzed like the mutations. */
const FUZZED_QUERIES = ['monthlyReview'];
/** Tables a refused sign-in writes to on purpose: the attempt is counted and recorded. */
const ATTEMPT_TABLES = /^(sign_in_limits|security_events?)$/;

/** Codes the API answers on purpose for a well-formed request it will not carry out. */
const DELIBERATE_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'SURVEY_CLOSED', 'SURVEY_SUBMITTED', 'SURVEY_NOT_OPEN']);
/** Codes of a limit that refuses a well-formed request for now: sign-in's, and the 3 board packs one person may have waiting. */
const LIMIT_CODES: Record<string, Set<string>> = { signIn: new Set(['UNAUTHENTICATED', 'TOO_MANY_REQUESTS']), requestBoardPack: new Set(['TOO_MANY_REQUESTS']) };

const INJECTIONS = [
  "'; drop table places; --",
  "' or '1'='1",
  '" or ""="',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%00%27%22',
  '\\u0000\\',
  '=cmd|" /C calc"!A0',
  'Robert\'); DELETE FROM organisations;--',
];
const NUL = 'a\u0000b';
const LONE_SURROGATES = ['\uD800', 'x\uDFFFy', '\uDBFF\uDBFF'];
const LONG = 'x'.repeat(10_000);
const LONG_ASTRAL = '😀'.repeat(5_000);
const DATES = ['0000-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '2026-00-10', '-0001-01-01', '20260101', '2026-1-1', '0000-01', '9999-12', '2026-13'];
const EMAILS = ['ADMIN@ALPHA-ICS.TEST', 'admin@beta-ics.test', 'a@b', 'no-at-sign', 'two@@alpha-ics.test', 'a@b@c', '@alpha-ics.test', 'x@', ' padded@alpha-ics.test ', 'üñí@çødé.test', `${'a'.repeat(250)}@alpha-ics.test`];
const DATE_TIMES = [
  '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2026-02-30T10:00:00Z', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00Z',
  '2026-02-28T25:61:00Z', 'not a date', '', 'NaN', 0, -1, 8.64e15 + 1, true,
];
const NUMBERS = [-1, 0, -2_147_483_648, 2_147_483_647, 2_147_483_648, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 1e308, -1e308, 5e-324, 1.5, -0, 'NaN', 'Infinity', '-Infinity', '3', '', null];

/** One request's outcome, as the suite judges it. */
interface Call {
  mutation: string;
  /** Names an argument or an input field may carry, for checking that a field error names one. */
  fieldNames: Set<string>;
  result: GraphQLResult;
  /** The tables whose rows differ between before and after the call. */
  changed: string[];
}

/** What is wrong with the answer to a call: a server error, a refusal that names no field, or a refusal that wrote. */
function problemsWith(call: Call): string[] {
  const { result, mutation } = call;
  const problems: string[] = [];
  const errors = result.errors ?? [];
  if (result.status >= 500) problems.push(`HTTP ${result.status}`);
  for (const error of errors) {
    const code = error.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) problems.push(`server error: ${error.message}`);
  }
  const refused = errors.length > 0 && (result.data?.[mutation] ?? null) === null;
  if (!refused) return problems;
  for (const error of errors) {
    const code = error.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) continue;
    if (code === 'BAD_USER_INPUT') {
      const fieldErrors = (error.extensions?.['fieldErrors'] ?? []) as { field?: string; message?: string }[];
      const importProblems = (error.extensions?.['problems'] ?? []) as unknown[];
      // GraphQL's own coercion of a variable names it: `Variable "$input" got invalid value … at "input.weight"`.
      const coercion = /^Variable "\$(\w+)"/.exec(error.message);
      const named = fieldErrors.length
        ? fieldErrors.every((e) => !!e.message && !!e.field && namesField(e.field, call.fieldNames))
        : coercion
          ? call.fieldNames.has(coercion[1])
          : importProblems.length > 0;
      if (!named) problems.push(`a field error that names no field of the input: ${JSON.stringify(error).slice(0, 300)}`);
    } else if (!DELIBERATE_CODES.has(code) && !LIMIT_CODES[mutation]?.has(code)) {
      problems.push(`refused with ${code}, which the API does not use for bad input: ${error.message}`);
    }
  }
  if (call.changed.length) problems.push(`refused, yet changed ${call.changed.join(', ')}`);
  return problems;
}

/** Variables as JSON, long texts cut short so a failure stays readable. */
const shortened = (variables: unknown) => JSON.stringify(variables, (_, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 40)}… (${v.length} characters)` : v));

/** How a refusal was worded, for the summary: a field error, GraphQL's coercion of a variable, or a code. */
function refusalKind(result: GraphQLResult): string {
  const error = result.errors?.[0];
  const code = String(error?.extensions?.['code']);
  if (code !== 'BAD_USER_INPUT') return code;
  if (error?.extensions?.['fieldErrors']) return 'field errors';
  return error?.extensions?.['problems'] ? 'import problems' : 'variable coercion errors';
}

/**
 * A field error names the field by its path in the input (`name`, `practiceScores.0.comment`), by the item's key in a
 * survey list (`relationships.<id>.note`), or an upload as `file`: one segment of it must be a field of the input.
 */
function namesField(field: string, fieldNames: Set<string>): boolean {
  return field === 'file' || field.split('.').some((segment) => fieldNames.has(segment));
}

describe('input fuzzing: every mutation of schema.gql with arbitrary strings, numbers, dates and ids', () => {
  let api: TestApp;
  let alpha: PopulatedSystem;
  let beta: PopulatedSystem;
  /** Links of a round of their own, so that closing or reissuing Alpha's first round leaves them open to fuzz the survey. */
  let surveyTokens: string[];
  let surveyRoundId: string;
  let leader: string;
  const mutations = loadSchemaOperations().filter((o) => o.kind === 'mutation');

  beforeAll(async () => {
    api = await startTestApp({}, { signInLimit: { attemptsPerAccount: 10_000, attemptsPerAddress: 100_000, windowSeconds: 60 } });
    alpha = await createPopulatedSystem(api, 'Alpha ICS', 5);
    beta = await createPopulatedSystem(api, 'Beta ICS');
    leader = await api.signIn(alpha.users.LEADER, PASSWORD);
    const opened = await api.graphql(
      'mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { round { id } links { url } } }',
      { i: { month: '2020-01', opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 7 * DAY).toISOString(), personIds: alpha.people.map((p) => p.id) } },
      alpha.admin,
    );
    expect(opened.errors).toBeUndefined();
    surveyRoundId = opened.data?.['openSurveyRound'].round.id;
    surveyTokens = opened.data?.['openSurveyRound'].links.map((l: { url: string }) => l.url.split('/survey/')[1]);
  });
  afterAll(() => api.close());

  it('flags what it should: a server error, a 5xx, a field error naming nothing, an unexpected code, a refusal that wrote', () => {
    const call = (result: Omit<GraphQLResult, 'status'> & { status?: number }, changed: string[] = []): Call => ({
      mutation: 'createPlace', fieldNames: new Set(['input', 'name']), result: { status: 200, ...result }, changed,
    });
    const refusal = (extensions: Record<string, unknown>, message = 'refused') => ({ data: null, errors: [{ message, extensions }] });
    expect(problemsWith(call(refusal({ code: 'INTERNAL_SERVER_ERROR' })))).toHaveLength(1);
    expect(problemsWith(call({ data: { createPlace: { id: '1' } }, errors: [{ message: 'oops', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toHaveLength(1);
    expect(problemsWith(call({ ...refusal({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', message: 'Too long' }] }), status: 502 }))).toEqual(['HTTP 502']);
    expect(problemsWith(call(refusal({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'colour', message: 'Wrong' }] })))).toHaveLength(1);
    expect(problemsWith(call(refusal({ code: 'BAD_USER_INPUT' }, 'Something is wrong')))).toHaveLength(1);
    expect(problemsWith(call(refusal({ code: 'UNAUTHENTICATED' })))).toHaveLength(1);
    expect(problemsWith(call(refusal({ code: 'NOT_FOUND' }), ['places']))).toEqual(['refused, yet changed places']);

    expect(problemsWith(call(refusal({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', message: 'Too long' }] })))).toEqual([]);
    expect(problemsWith(call(refusal({ code: 'BAD_USER_INPUT' }, 'Variable "$input" got invalid value 1 at "input.name"')))).toEqual([]);
    expect(problemsWith(call({ data: { createPlace: { id: '1' } } }, ['places']))).toEqual([]);
  });

  it('answers every mutation with success or a refusal naming the field, never a server error, and a refusal changes no row', async () => {
    const tables = (await systemTables(api.dataSource)).filter((t) => t.hasId).map((t) => t.name);
    const otherIds = await oneIdPerTable(api.dataSource, beta.system.id);
    const rows = await liveRows(api, alpha.system.id, surveyRoundId);
    const arbitraries = arbitrariesFor({ alpha, surveyTokens, otherIds, tables });

    const problems: string[] = [];
    const counts = { mutations: mutations.length, calls: 0, successes: 0, refusals: 0 };
    const refusalKinds = new Map<string, number>();
    const succeeded = new Set<string>();
    process.stdout.write(`input fuzzing: seed ${SEED}, ${RUNS_PER_MUTATION} runs per mutation (FUZZ_SEED, FUZZ_RUNS to change)\n`);
    process.stdout.write(`exceptions (called other than as Alpha's administrator):\n${Object.entries(CALLED_AS).map(([name, e]) => `  ${name}: ${e.as}: ${e.why}`).join('\n')}\n`);

    for (const mutation of mutations) {
      const fieldNames = new Set<string>();
      buildArguments(mutation, { leaf: (l) => { l.path.forEach((p) => fieldNames.add(p)); return 0; }, object: () => 0, list: () => 0 });
      mutation.field.args.forEach((a) => fieldNames.add(a.name));
      const variablesArbitrary = fc.record(buildArguments(mutation, arbitraries.builder(mutation)));

      const run = async (generated: Record<string, unknown>) => {
        const variables = (await rows.resolve(generated, mutation.name.startsWith('restore'))) as Record<string, unknown>;
        const calledAs = CALLED_AS[mutation.name]?.as;
        const cookie = calledAs === 'signed out' ? undefined : calledAs === 'own session' ? await api.signIn(alpha.users.ADMIN, PASSWORD) : calledAs === 'a leader' ? leader : alpha.admin;
        const before = await tableFingerprint(api.dataSource);
        const result = await api.graphql(operationDocument(mutation, Object.keys(variables)), variables, cookie);
        const after = await tableFingerprint(api.dataSource);
        const changed = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t] && !(mutation.name === 'signIn' && ATTEMPT_TABLES.test(t)));
        const refused = !!result.errors?.length && (result.data?.[mutation.name] ?? null) === null;
        counts.calls += 1;
        counts[refused ? 'refusals' : 'successes'] += 1;
        if (!refused) succeeded.add(mutation.name);
        if (refused) {
          const kind = refusalKind(result);
          refusalKinds.set(kind, (refusalKinds.get(kind) ?? 0) + 1);
        }
        const found = problemsWith({ mutation: mutation.name, fieldNames, result, changed });
        if (found.length) throw new Error(`${found.join('; ')}\n  variables: ${shortened(variables)}\n  answer: ${JSON.stringify(result).slice(0, 400)}`);
      };

      // Calls change the database as they go, so shrinking would replay them against other rows: report the first failure as found.
      const outcome = await fc.check(fc.asyncProperty(variablesArbitrary, run), { seed: SEED, numRuns: RUNS_PER_MUTATION, endOnFailure: true });
      if (outcome.failed) problems.push(`${mutation.name}: ${String(outcome.errorInstance instanceof Error ? outcome.errorInstance.message : outcome.errorInstance)}\n  seed ${SEED}, path ${outcome.counterexamplePath}`);
    }

    process.stdout.write(
      `input fuzzing: ${counts.mutations} mutations × ${RUNS_PER_MUTATION} runs = ${counts.calls} calls: ${counts.successes} succeeded, ${counts.refusals} refused (${[...refusalKinds].map(([kind, n]) => `${n} ${kind}`).join(', ')}); ${problems.length} mutations with problems\n`,
    );
    process.stdout.write(`never succeeded: ${mutations.filter((m) => !succeeded.has(m.name)).map((m) => m.name).join(', ') || 'none'}\n`);
    expect(problems).toEqual([]);
    // Both outcomes happen: the fuzzer reaches the writes, and its hostile values are refused.
    expect(counts.successes).toBeGreaterThan(counts.mutations);
    expect(counts.refusals).toBeGreaterThan(counts.mutations);
    // Each mutation adds its runs (about 4 s on a busy machine): the budget grows with the schema.
  }, 300_000);

  it('answers the queries with arguments a user types (FUZZED_QUERIES) with success or a refusal naming the argument, never a server error', async () => {
    const tables = (await systemTables(api.dataSource)).filter((t) => t.hasId).map((t) => t.name);
    const rows = await liveRows(api, alpha.system.id, surveyRoundId);
    const arbitraries = arbitrariesFor({ alpha, surveyTokens, otherIds: await oneIdPerTable(api.dataSource, beta.system.id), tables });
    const placeLead = await api.signIn(alpha.users.PLACE_LEAD, PASSWORD);
    const problems: string[] = [];
    for (const query of loadSchemaOperations().filter((o) => FUZZED_QUERIES.includes(o.name))) {
      const fieldNames = new Set(query.field.args.map((a) => a.name));
      const run = async (generated: Record<string, unknown>, asPlaceLead: boolean) => {
        const variables = (await rows.resolve(generated, false)) as Record<string, unknown>;
        const started = Date.now();
        const result = await api.graphql(operationDocument(query, Object.keys(variables)), variables, asPlaceLead ? placeLead : alpha.admin).catch((error: Error) => {
          throw new Error(`${error.message} after ${Date.now() - started} ms\n  variables: ${shortened(variables)}`);
        });
        // Reads keep the figures they compute (the network's months), by design: only the answer is judged.
        const found = problemsWith({ mutation: query.name, fieldNames, result, changed: [] });
        if (found.length) throw new Error(`${found.join('; ')}\n  variables: ${shortened(variables)}\n  answer: ${JSON.stringify(result).slice(0, 400)}`);
      };
      const outcome = await fc.check(fc.asyncProperty(fc.record(buildArguments(query, arbitraries.builder(query))), fc.boolean(), run), { seed: SEED, numRuns: RUNS_PER_MUTATION * 2, endOnFailure: true });
      if (outcome.failed) problems.push(`${query.name}: ${String(outcome.errorInstance instanceof Error ? outcome.errorInstance.message : outcome.errorInstance)}\n  seed ${SEED}, path ${outcome.counterexamplePath}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

interface Pools {
  alpha: PopulatedSystem;
  surveyTokens: string[];
  otherIds: Record<string, string>;
  tables: string[];
}

/** Arbitraries for each leaf of an operation's arguments: valid for Alpha most of the time, hostile about once a call. */
function arbitrariesFor(pools: Pools) {
  const hostileText = fc.oneof(
    fc.constantFrom(NUL, ...LONE_SURROGATES, LONG, LONG_ASTRAL, ...INJECTIONS, ...DATES, '', ' ', '\t\n', '\u202e', 'ﬀ', 'e\u0301'),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const hostileNumber = fc.oneof(fc.constantFrom(...NUMBERS), fc.integer(), fc.double());

  const tableOf = (leaf: ArgumentLeaf) => tableOfEntity(idEntity(leaf), pools.tables);
  /** An id of a row of Alpha of the kind the argument names, spelled by `spell`; a random UUID when no table holds that kind. */
  const ownRow = (leaf: ArgumentLeaf, spell: (id: string) => unknown = (id) => id, anyTable = false) =>
    fc.nat().map((pick) => new OwnRow(anyTable ? null : tableOf(leaf) ?? null, pick, spell));

  const validLeaf = (leaf: ArgumentLeaf): fc.Arbitrary<unknown> => {
    if (isEnumType(leaf.type)) return fc.constantFrom(...leaf.type.getValues().map((v) => v.value));
    switch (leaf.type.name) {
      case 'ID':
        return ownRow(leaf);
      case 'DateTime':
        return fc.integer({ min: 1, max: 30 }).map((days) => new Date(Date.now() + (leaf.name.startsWith('close') ? days : -days) * DAY).toISOString());
      case 'Int':
        return leaf.name === 'size' ? fc.integer({ min: 3, max: 50 }) : fc.integer({ min: 1, max: 5 });
      case 'Float':
        return fc.double({ min: 0, max: 100, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      default:
        return validText(leaf.operation.name, leaf.name, pools);
    }
  };

  const hostileLeaf = (leaf: ArgumentLeaf): fc.Arbitrary<unknown> => {
    if (isEnumType(leaf.type)) return fc.oneof(fc.constantFrom('not_a_value', '', 'ADMIN', 1), fc.constantFrom(...leaf.type.getValues().map((v) => v.value.toLowerCase())), hostileText);
    switch (leaf.type.name) {
      case 'ID': {
        const other = tableOf(leaf);
        return fc.oneof(
          fc.constantFrom<(id: string) => string>(
            (id) => id.toUpperCase(), (id) => ` ${id} `, (id) => `{${id}}`, (id) => id.replace(/-/g, ''), (id) => `${id}\u0000`, (id) => `${id.slice(0, -1)}g`, (id) => id.slice(0, 35),
          ).chain((spell) => ownRow(leaf, spell)),
          fc.constantFrom(...[other && pools.otherIds[other], ...Object.values(pools.otherIds)].filter((id): id is string => !!id)),
          ownRow(leaf, undefined, true),
          fc.uuid().map((id) => id.toUpperCase()),
          fc.constantFrom('not-an-id', '0', '-1', 12345, 1e21, '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
          hostileText,
        );
      }
      case 'DateTime':
        return fc.oneof(fc.constantFrom(...DATE_TIMES), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileText);
      case 'Int':
      case 'Float':
        return hostileNumber;
      case 'Boolean':
        return fc.constantFrom('true', 0, 1, 'yes', '');
      default:
        // Dates and emails in text get hostile values of their own shape as often as any other hostile text.
        if (['from', 'to', 'madeOn', 'month'].includes(leaf.name)) return fc.oneof(fc.constantFrom(...DATES), hostileText);
        if (leaf.name === 'email') return fc.oneof(fc.constantFrom(...EMAILS), hostileText);
        return hostileText;
    }
  };

  const builder = (operation: SchemaOperation): ArgumentBuilder<fc.Arbitrary<unknown>> => {
    // The leaves a call fills, a list counted at the length it is usually given.
    const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
    const leaves = Math.max(1, sum(buildArguments(operation, { leaf: () => 1, object: sum, list: (item, _, itemType) => item * (keyOf(itemType)?.values.length ?? 2) })));
    return {
      object: (fields, nullable) => (nullable ? fc.option(fc.record(fields), { freq: 8 }) : fc.record(fields)),
      list: (item, _, itemType) => {
        const key = keyOf(itemType);
        // A list keyed by an enum (a score for each practice) is valid with one item per value; anything shorter is left to fail.
        const full = key ? fc.tuple(...key.values.map((value) => item.map((i) => ({ ...(i as object), [key.field]: value })))) : null;
        const some = fc.array(item, { minLength: 1, maxLength: 3 });
        return fc.oneof({ weight: 8, arbitrary: full ?? some }, { weight: full ? 2 : 0, arbitrary: some }, { weight: 1, arbitrary: fc.constant([]) });
      },
      // About one leaf in each call is hostile: some calls are valid throughout, many wrong in exactly one field.
      leaf: (leaf) => {
        const valid = leaf.nullable ? fc.option(validLeaf(leaf), { freq: 8 }) : validLeaf(leaf);
        return fc.oneof({ weight: leaves, arbitrary: valid }, { weight: 1, arbitrary: hostileLeaf(leaf) });
      },
    };
  };
  return { builder };
}

/** The required enum field that keys a list's items (`practice` in `[SurveyPracticeAnswerInput!]`), if it has one. */
function keyOf(itemType: GraphQLInputType): { field: string; values: string[] } | null {
  const named = getNullableType(itemType);
  if (!isInputObjectType(named)) return null;
  const field = Object.values(named.getFields()).find((f) => isNonNullType(f.type) && isEnumType(getNullableType(f.type)));
  const enumType = field && getNullableType(field.type);
  return field && isEnumType(enumType) ? { field: field.name, values: enumType.getValues().map((v) => v.value) } : null;
}

/** Text Alpha would accept for a field, by what its name says it holds. */
function validText(operation: string, name: string, pools: Pools): fc.Arbitrary<string> {
  const serial = fc.integer({ min: 1, max: 1_000_000 });
  switch (name) {
    case 'email':
      return operation === 'signIn' ? fc.constant(pools.alpha.users.ADMIN) : serial.map((n) => `fuzz-${n}@alpha-ics.test`);
    case 'password':
      return fc.constant(PASSWORD);
    case 'from':
    case 'to':
    case 'madeOn':
      return fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'month':
      return fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7));
    case 'token':
      return fc.constantFrom(...pools.surveyTokens);
    case 'fileName':
      return fc.constantFrom('register.csv', 'places.csv');
    case 'contentBase64':
      return serial.map((n) => Buffer.from(`Name,Kind,Sector\nAlpha Imported ${n},VCSE,VCSE\n`).toString('base64'));
    case 'onsCode':
      return fc.constantFrom('E06000047', 'E08000021');
    case 'odsCode':
      return fc.constantFrom('RX1', 'R0B');
    default:
      return serial.map((n) => `Alpha ${name} ${n}`);
  }
}

/** A row of Alpha a generated argument names, looked up when the call is made, since earlier calls archive, close and end rows. */
class OwnRow {
  /** `table` null: a row of any table, for an id of the wrong kind. */
  constructor(readonly table: string | null, readonly pick: number, readonly spell: (id: string) => unknown) {}
}

/**
 * Looks up the rows `OwnRow`s name: a current row of its kind (not archived, closed or ended), or an archived one for a
 * restore. The survey round whose links the survey mutations use is left out, so no call closes it or reissues its links.
 */
async function liveRows(api: TestApp, systemId: string, surveyRoundId: string) {
  const columns: { table: string; column: string }[] = await api.dataSource.query(
    `select table_name as table, column_name as column from information_schema.columns where table_schema = 'public' and column_name = 'system_id'
     union all select table_name, column_name from information_schema.columns where table_schema = 'public' and column_name in ('id', 'archived_at', 'closed_at', 'to_date', 'round_id')`,
  );
  const has = (table: string, column: string) => columns.some((c) => c.table === table && c.column === column);
  const tables = [...new Set(columns.filter((c) => c.column === 'system_id').map((c) => c.table))].filter((t) => has(t, 'id'));
  const idsOf = async (table: string, archived: boolean): Promise<string[]> => {
    const current = [has(table, 'closed_at') && 'closed_at is null', has(table, 'to_date') && 'to_date is null', has(table, 'round_id') && 'round_id::text <> $2'];
    const state = has(table, 'archived_at') ? [archived ? 'archived_at is not null' : 'archived_at is null'] : [];
    const where = ['system_id = $1', 'id::text <> $2', ...current, ...state].filter(Boolean).join(' and ');
    const rows: { id: string }[] = await api.dataSource.query(`select id::text as id from "${table}" where ${where} order by id`, [systemId, surveyRoundId]);
    if (rows.length || !archived) return rows.map((r) => r.id);
    return idsOf(table, false);
  };
  return {
    async resolve(value: unknown, archived: boolean): Promise<unknown> {
      if (value instanceof OwnRow) {
        const table = value.table ?? tables[value.pick % tables.length];
        const ids = await idsOf(table, archived);
        return value.spell(ids.length ? ids[value.pick % ids.length] : randomUUID());
      }
      if (Array.isArray(value)) return Promise.all(value.map((item) => this.resolve(item, archived)));
      if (value && typeof value === 'object') {
        const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await this.resolve(item, archived)] as const));
        return Object.fromEntries(entries);
      }
      return value;
    },
  };
}
