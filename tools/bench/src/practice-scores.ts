import { PRACTICE_KEYS, ROLE_GROUPS } from '@stewardship/domain';
import { summariseDistribution } from '@stewardship/scores';
import type { Caller } from '../../../apps/api/src/common/request-context';
import { asSystem } from '../../../apps/api/src/database/tenancy';
import { ScoresService } from '../../../apps/api/src/scores/scores.service';
import { SystemsService } from '../../../apps/api/src/systems/systems.service';
import type { ScoreFilter } from '../../../apps/api/src/scores/dto/score-filter.input';
import { ResponseToWrite, ResponseWriter } from '../../../apps/api/src/surveys/response-writer';
import { createSystem } from '../../../apps/api/test/support/fixtures';
import type { TestApp } from '../../../apps/api/test/support/test-app';
import type { Figure, FigureGroup, Target } from './figure';
import { Measurement, timed } from './measure';

const PARTNERS = 1000;
const MONTHS = 24;
const RESPONSES_PER_MONTH = 8000;
const PLACES = ['Ashby', 'Brackenford', 'Carrow Vale', 'Dunmere'];

/** A score from 1 to 5 that looks random but is the same in every run (Knuth's multiplicative hash). */
const scoreFor = (response: number, practice: number) => 1 + (Math.imul(response * 8 + practice, 2654435761) >>> 0) % 5;

export const SCORES_SYSTEM = `${PARTNERS.toLocaleString('en-GB')} partners x ${MONTHS} months, ${(MONTHS * RESPONSES_PER_MONTH).toLocaleString('en-GB')} responses`;

type ScoresSystem = { caller: Caller; placeId: string };
const seeded = new WeakMap<TestApp, Promise<ScoresSystem>>();

/** The scores system of this bench run, seeded once however many groups (scores, load) ask for it. */
export function seedScoresSystem(api: TestApp): Promise<ScoresSystem> {
  if (!seeded.has(api)) seeded.set(api, seed(api));
  return seeded.get(api) as Promise<ScoresSystem>;
}

/** A 1,000-partner system with 24 months of 8,000 responses each, written through the response writer. */
async function seed(api: TestApp): Promise<ScoresSystem> {
  const fixture = await createSystem(api.dataSource, 'Bench Scores ICS', PLACES, []);
  const systemId = fixture.system.id;
  const placeIds = PLACES.map((name) => fixture.placeIds[name]);
  await api.dataSource.query(
    `insert into organisations (system_id, name, kind, sector)
     select $1, 'Bench Partner ' || i, (array['VCSE','ACUTE_TRUST','LOCAL_AUTHORITY','SOCIAL_CARE_PROVIDER'])[1 + i % 4],
            (array['VCSE','NHS','LOCAL_GOVERNMENT','INDEPENDENT'])[1 + i % 4]
       from generate_series(1, $2) as i`,
    [systemId, PARTNERS],
  );
  const rounds: { id: string; month: string }[] = await api.dataSource.query(
    `insert into survey_rounds (system_id, month, opens_at, closes_at)
     select $1, m, m, m + interval '20 days' from generate_series(date '2024-11-01', date '2024-11-01' + ($2 - 1) * interval '1 month', interval '1 month') as m
     returning id, to_char(month, 'YYYY-MM-DD') as month`,
    [systemId, MONTHS],
  );
  const organisations: { id: string; sector: string }[] = await api.dataSource.query('select id, sector from organisations where system_id = $1 order by id', [systemId]);
  for (const [m, round] of rounds.entries()) {
    const responses: ResponseToWrite[] = Array.from({ length: RESPONSES_PER_MONTH }, (_, i) => {
      const organisation = organisations[(i * 7919) % PARTNERS];
      const n = m * RESPONSES_PER_MONTH + i;
      return {
        roundId: round.id,
        month: round.month,
        organisationId: organisation.id,
        sector: organisation.sector,
        roleGroup: ROLE_GROUPS[i % ROLE_GROUPS.length],
        placeIds: [placeIds[i % placeIds.length]],
        practiceScores: PRACTICE_KEYS.map((practice, p) => ({ practice, score: scoreFor(n, p) })),
        ratings: [],
      };
    });
    await api.dataSource.transaction((tx) => new ResponseWriter(tx, systemId).write(responses));
  }
  await api.dataSource.query('analyze');
  const [{ id: userId }] = await api.dataSource.query('select id from users where email = $1', [fixture.users.LEADER]);
  return { caller: { systemId, userId, role: 'LEADER', placeId: null, systemViewGranted: false, sessionId: '', membershipId: '' }, placeId: placeIds[0] };
}

/** Today's alternative to SQL aggregation: fetch every score row, count each month's practice in memory, summarise the counts. */
async function summariseInMemory(api: TestApp, systemId: string, minimumGroupSize: number): Promise<number> {
  const rows: { month: string; practice: string; score: number }[] = await api.dataSource.query(
    `select to_char(r.month, 'YYYY-MM') as month, ps.practice, ps.score from practice_scores ps join survey_responses r on r.id = ps.response_id where r.system_id = $1`,
    [systemId],
  );
  const distributions = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.month}|${row.practice}`;
    const distribution = distributions.get(key) ?? distributions.set(key, [0, 0, 0, 0, 0]).get(key)!;
    distribution[row.score - 1] += 1;
  }
  return [...distributions.values()].map((d) => summariseDistribution(d, { minimumGroupSize })).length;
}

const FILTERED_TARGET: Target = { text: 'median <= 150 ms and <= 3x unfiltered', met: ({ median, ratio }) => median <= 150 && ratio !== undefined && ratio <= 3 };

export const practiceScoreFigures: FigureGroup = {
  id: 'scores',
  title: `Practice scores: ${SCORES_SYSTEM} (${(MONTHS * RESPONSES_PER_MONTH * PRACTICE_KEYS.length).toLocaleString('en-GB')} scores); ScoresService.practiceScores(caller, filter, ${MONTHS})`,
  names: ['scores-unfiltered', 'scores-by-place', 'scores-by-sector', 'scores-by-role-group', 'scores-by-sector-and-role-group'],
  async prepare(api) {
    const { caller, placeId } = await seedScoresSystem(api);
    const scores = api.app.get(ScoresService);
    const minimumGroupSize = await api.app.get(SystemsService).minimumGroupSize(caller.systemId);
    if ((await summariseInMemory(api, caller.systemId, minimumGroupSize)) !== MONTHS * PRACTICE_KEYS.length) throw new Error('The in-memory baseline did not summarise every month and practice');
    const query = (name: string, filter: ScoreFilter): Measurement => ({ name, unit: 'ms', run: () => timed(() => asSystem(caller.systemId, () => scores.practiceScores(caller, filter, MONTHS))) });
    const unfiltered = query('scores-unfiltered', {});
    const filtered = (name: string, description: string, filter: ScoreFilter): Figure => ({ measurement: query(name, filter), description, baseline: unfiltered, target: FILTERED_TARGET });
    return [
      {
        measurement: unfiltered,
        description: 'six series, SQL aggregation over the counts',
        baseline: { name: 'scores-in-memory', unit: 'ms', run: () => timed(() => summariseInMemory(api, caller.systemId, minimumGroupSize)) },
      },
      filtered('scores-by-place', 'filtered by place, with disclosure control', { placeId }),
      filtered('scores-by-sector', 'filtered by sector, with disclosure control', { sector: 'VCSE' }),
      filtered('scores-by-role-group', 'filtered by role group, with disclosure control', { roleGroup: 'CLINICAL' }),
      filtered('scores-by-sector-and-role-group', 'filtered by sector and role group, with disclosure control', { sector: 'VCSE', roleGroup: 'CLINICAL' }),
    ];
  },
};
