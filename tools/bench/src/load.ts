import autocannon from 'autocannon';
import { hashPassword } from '../../../apps/api/src/auth/auth.service';
import { SESSION_COOKIE } from '../../../apps/api/src/common/request-context';
import type { TestApp } from '../../../apps/api/test/support/test-app';
import type { FigureGroup } from './figure';
import { percentile, type LoadStats, type Measurement } from './measure';
import { seedScoresSystem, SCORES_SYSTEM } from './practice-scores';

const USERS = 50;
const WARM_UP_SECONDS = 3;
const SECONDS = 20;
const PASSWORD = 'bench load password';

/** What the web sends: the scores page (24 months, unfiltered), the partners page's first page, and the cheapest signed-in query. */
const QUERIES = {
  'load-scores': {
    query: `query PracticeScores($filter: ScoreFilter, $months: Int!) { minimumGroupSize practiceScores(filter: $filter, months: $months) { practice name shortHelp limitsNote latestVariation points { month suppressed suppressionReason n mean standardDeviation confidenceLower confidenceUpper distribution movingRange processMean lowerLimit upperLimit rules variation } } }`,
    variables: { filter: {}, months: 24 },
  },
  'load-register': {
    query: `query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) { organisations(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id name odsCode kind sector archived places { id name } } } pageInfo { endCursor hasNextPage } } }`,
    variables: { filter: {}, first: 50 },
  },
  'load-trivial': { query: 'query Viewer { viewer { role } }', variables: {} },
};
type LoadFigure = keyof typeof QUERIES;
const FIGURES = Object.keys(QUERIES) as LoadFigure[];

/** 50 leaders of the scores system, each signed in through the API (a successful sign-in uses none of the failure limit). */
async function signInUsers(api: TestApp, systemId: string): Promise<string[]> {
  const passwordHash = await hashPassword(PASSWORD);
  const emails: { email: string }[] = await api.dataSource.query(
    `with u as (insert into users (email, display_name, password_hash)
                select 'load-' || i || '@bench.test', 'Load user ' || i, $2 from generate_series(1, $3) as i returning id, email)
     insert into memberships (user_id, system_id, role) select id, $1, 'LEADER' from u returning (select email from u where u.id = user_id)`,
    [systemId, passwordHash, USERS],
  );
  const cookies: string[] = [];
  for (const { email } of emails) cookies.push(await api.signIn(email, PASSWORD));
  return cookies;
}

interface Tally {
  latencies: number[];
  errors: number;
  /** What the errors were, for the progress log: counts by kind and the first GraphQL error's message. */
  errorDetail: string;
}

/**
 * The three queries at once for `seconds`, the users shared among them, each connection one user's session. A GraphQL
 * error in a 200 response counts as an error, as do non-2xx responses, timeouts and socket errors.
 */
async function load(api: TestApp, cookies: string[], seconds: number): Promise<Record<LoadFigure, Tally>> {
  let nextUser = 0;
  const runs = FIGURES.map(async (figure, f) => {
    const connections = Math.floor(USERS / FIGURES.length) + (f < USERS % FIGURES.length ? 1 : 0);
    const tally: Tally = { latencies: [], errors: 0, errorDetail: '' };
    let firstGraphQLError: string | undefined;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `${api.url}/graphql`,
          method: 'POST',
          connections,
          duration: seconds,
          timeout: 30,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(QUERIES[figure]),
          setupClient: (client) => client.setHeaders({ 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${cookies[nextUser++ % cookies.length]}` }),
          verifyBody: (body) => {
            const failed = String(body).includes('"errors"');
            if (failed) firstGraphQLError ??= String(body).slice(0, 300);
            return !failed;
          },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => tally.latencies.push(responseTime));
    });
    tally.errors = result.errors + result.non2xx + result.mismatches; // errors include timeouts
    tally.errorDetail = `socket errors and timeouts ${result.errors}, non-2xx ${result.non2xx}, GraphQL errors ${result.mismatches}${firstGraphQLError ? `, the first: ${firstGraphQLError}` : ''}`;
    return [figure, tally] as const;
  });
  return Object.fromEntries(await Promise.all(runs)) as Record<LoadFigure, Tally>;
}

function loadStats({ latencies, errors }: Tally): LoadStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), min: sorted[0], max: sorted[sorted.length - 1], p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors, requests: sorted.length };
}

export const loadFigures: FigureGroup = {
  id: 'load',
  title: `Load on loopback: ${USERS} signed-in users at once for ${SECONDS} s over HTTP (after ${WARM_UP_SECONDS} s warm-up), ${SCORES_SYSTEM}; latency per request`,
  names: FIGURES,
  async prepare(api) {
    const { caller } = await seedScoresSystem(api);
    const cookies = await signInUsers(api, caller.systemId);
    // One run gives every figure: the first figure measured starts it and the others read its result.
    let run: Promise<Record<LoadFigure, Tally>> | undefined;
    const measured = () => (run ??= load(api, cookies, WARM_UP_SECONDS).then(() => load(api, cookies, SECONDS)));
    const measurement = (name: LoadFigure): Measurement => ({
      name,
      unit: 'ms',
      stats: async () => {
        const tally = (await measured())[name];
        if (tally.errors) process.stderr.write(`[bench] ${name}: ${tally.errors} errors (${tally.errorDetail})\n`);
        return loadStats(tally);
      },
    });
    const trivial = measurement('load-trivial');
    return [
      {
        measurement: measurement('load-scores'),
        description: 'the scores page query',
        baseline: trivial,
        target: { text: '0 errors, p95 <= 10x trivial p95', met: (result, baseline) => result.errors === 0 && baseline?.p95 !== undefined && (result.p95 as number) <= 10 * baseline.p95 },
      },
      { measurement: measurement('load-register'), description: 'the register, first page', baseline: trivial, target: { text: '0 errors', met: (result) => result.errors === 0 } },
      { measurement: trivial, description: '{ viewer { role } }', target: { text: '0 errors', met: (result) => result.errors === 0 } },
    ];
  },
};
