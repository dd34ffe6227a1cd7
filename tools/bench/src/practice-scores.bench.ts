import { PRACTICE_KEYS } from '@stewardship/domain';
import { summariseDistribution } from '@stewardship/scores';
import type { Caller } from '../../../apps/api/src/common/request-context';
import { ScoresService } from '../../../apps/api/src/scores/scores.service';
import { addToScoreCounts } from '../../../apps/api/src/surveys/score-counts';
import { createSystem } from '../../../apps/api/test/support/fixtures';
import { startTestApp, TestApp } from '../../../apps/api/test/support/test-app';
import { printBench, timed } from './report';

const PARTNERS = 1000;
const MONTHS = 24;
const RESPONSES_PER_MONTH = 8000;

/** A 1,000-partner system with 24 months of responses, written by Postgres itself (generate_series) to keep setup short. */
async function seed(api: TestApp): Promise<Caller> {
  const fixture = await createSystem(api.dataSource, 'Bench Scores ICS', ['Ashby', 'Brackenford', 'Carrow Vale', 'Dunmere'], []);
  const systemId = fixture.system.id;
  const placeIds = Object.values(fixture.placeIds);
  await api.dataSource.query(
    `insert into organisations (system_id, name, kind, sector)
     select $1, 'Bench Partner ' || i, (array['VCSE','ACUTE_TRUST','LOCAL_AUTHORITY','SOCIAL_CARE_PROVIDER'])[1 + i % 4],
            (array['VCSE','NHS','LOCAL_GOVERNMENT','INDEPENDENT'])[1 + i % 4]
       from generate_series(1, $2) as i`,
    [systemId, PARTNERS],
  );
  await api.dataSource.query(
    `insert into survey_rounds (system_id, month, opens_at, closes_at)
     select $1, m, m, m + interval '20 days' from generate_series(date '2024-11-01', date '2024-11-01' + ($2 - 1) * interval '1 month', interval '1 month') as m`,
    [systemId, MONTHS],
  );
  await api.dataSource.query(
    `insert into survey_responses (system_id, round_id, month, organisation_id, sector, role_group, place_ids)
     select r.system_id, r.id, r.month, o.id, o.sector, (array['EXECUTIVE','CLINICAL','OPERATIONAL','VCSE','OTHER'])[1 + (i % 5)], array[($3::uuid[])[1 + (i % 4)]]
       from survey_rounds r
       cross join generate_series(1, $2) as i
       join lateral (select id, sector from organisations where system_id = r.system_id order by id offset (i * 7919) % ${PARTNERS} limit 1) o on true
      where r.system_id = $1`,
    [systemId, RESPONSES_PER_MONTH, placeIds],
  );
  await api.dataSource.query(
    `insert into practice_scores (response_id, practice, score)
     select r.id, p, 1 + floor(random() * 5)::int from survey_responses r cross join unnest($2::text[]) as p where r.system_id = $1`,
    [systemId, PRACTICE_KEYS],
  );
  const responses: { id: string }[] = await api.dataSource.query('select id from survey_responses where system_id = $1', [systemId]);
  await addToScoreCounts(api.dataSource.manager, responses.map((r) => r.id));
  await api.dataSource.query('analyze');
  const [{ id: userId }] = await api.dataSource.query('select id from users where email = $1', [fixture.users.LEADER]);
  return { systemId, userId, role: 'LEADER', placeId: null, sessionId: '', membershipId: '' };
}

/** The baseline: fetch every score row and aggregate in memory with the same lib. */
async function inMemory(api: TestApp, systemId: string): Promise<number> {
  const rows: { month: string; practice: string; score: number }[] = await api.dataSource.query(
    `select to_char(r.month, 'YYYY-MM') as month, ps.practice, ps.score from practice_scores ps join survey_responses r on r.id = ps.response_id where r.system_id = $1`,
    [systemId],
  );
  const distributions = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.month}|${row.practice}`;
    const distribution = distributions.get(key) ?? [0, 0, 0, 0, 0];
    distribution[row.score - 1] += 1;
    distributions.set(key, distribution);
  }
  return [...distributions.values()].filter((d) => summariseDistribution(d)).length;
}

describe('practice scores', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it(`aggregates ${MONTHS} months for ${PARTNERS.toLocaleString('en-GB')} partners`, async () => {
    const caller = await seed(api);
    const scores = api.app.get(ScoresService);
    const [{ n }] = await api.dataSource.query('select count(*)::int as n from practice_scores');
    await scores.practiceScores(caller, {}, MONTHS); // warm-up
    const sqlMs = await timed(() => scores.practiceScores(caller, {}, MONTHS));
    const filteredMs = await timed(() => scores.practiceScores(caller, { sector: 'VCSE' }, MONTHS));
    const baselineMs = await timed(() => inMemory(api, caller.systemId));
    expect(await inMemory(api, caller.systemId)).toBe(MONTHS * PRACTICE_KEYS.length); // the baseline did the same work
    printBench(`Practice scores, ${PARTNERS.toLocaleString('en-GB')} partners, ${MONTHS} months, ${(MONTHS * RESPONSES_PER_MONTH).toLocaleString('en-GB')} responses (${n.toLocaleString('en-GB')} scores)`, [
      { figure: 'six series + SPC (counts)', measured: `${sqlMs.toFixed(0)} ms`, baseline: `${baselineMs.toFixed(0)} ms`, note: `baseline fetches every score row and aggregates in memory (${(baselineMs / sqlMs).toFixed(1)}x)` },
      { figure: 'filtered by sector', measured: `${filteredMs.toFixed(0)} ms`, baseline: '-', note: 'includes the complement check across sectors' },
    ]);
  });
});
