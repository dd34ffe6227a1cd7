// The demo loader behind `npm run demo:large` (apps/api/src/demo/demo-loader.ts): a one-month, one-month slice of the
// large system loaded into a fresh database lands whole, a second load adds nothing, and a database holding the
// standard demo, or a load stopped part-way, is refused.
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/database/data-source';
import { DemoLoadIncomplete, DemoLoadRefused, loadDemoSystem, loadingName } from '../src/demo/demo-loader';
import { createTestDatabase } from './support/test-app';

async function migratedDatabase(): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const database = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
  await runMigrations(dataSource);
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Rows of the tables the loader writes, whichever system they belong to. */
async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = ['systems', 'organisations', 'forums', 'seats', 'people', 'memberships', 'survey_rounds', 'survey_responses', 'practice_scores', 'relationship_ratings', 'decisions', 'decision_versions', 'decision_participants'];
  const [row] = await dataSource.query(`select ${tables.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`);
  return row;
}

describe('the demo loader (npm run demo:large)', () => {
  describe('a slice of the large system: its last survey month and decision month', () => {
    let db: Awaited<ReturnType<typeof migratedDatabase>>;
    beforeAll(async () => {
      db = await migratedDatabase();
    });
    afterAll(() => db.drop());

    it('loads the register, a month of about 21,000 responses and 19,000 ratings, and a month of decisions, and marks the system complete', async () => {
      const result = await loadDemoSystem(db.dataSource, { scale: 'large', surveyMonths: 1, decisionMonths: 1 });
      expect(result.loaded).toBe(true);
      expect(result.counts).toMatchObject({ partners: 997, forums: 80 });
      const counts = await tableCounts(db.dataSource);
      expect(counts).toMatchObject({ systems: 1, organisations: 997, forums: 80, memberships: 5, survey_rounds: 1 });
      expect(counts['people']).toBeGreaterThan(4_500);
      expect(counts['survey_responses']).toBeGreaterThan(20_000);
      expect(counts['survey_responses']).toBeLessThan(22_000);
      expect(counts['practice_scores']).toBe(6 * counts['survey_responses']);
      expect(counts['relationship_ratings']).toBeGreaterThanOrEqual(18_000);
      expect(counts['relationship_ratings']).toBeLessThanOrEqual(20_500);
      // 80 forums meeting once in the month, 14 to 21 decisions each; only the slice's decisions are reserved.
      expect(counts['decisions']).toBeGreaterThanOrEqual(80 * 14);
      expect(counts['decisions']).toBeLessThanOrEqual(80 * 21);
      expect(counts['decision_versions']).toBeGreaterThanOrEqual(counts['decisions']);
      const [system] = await db.dataSource.query('select name from systems');
      expect(system.name).toBe('Northshire ICS');
      // The counts the score charts read agree with the answers written.
      const [{ answers }] = await db.dataSource.query('select sum(c)::int as answers from practice_score_counts, unnest(counts) c');
      expect(answers).toBe(counts['practice_scores']);
      const [{ month }] = await db.dataSource.query(`select to_char(month, 'YYYY-MM') as month from survey_rounds`);
      expect(month).toBe('2026-10');
    });

    it('loads nothing the second time, and says the system is already there', async () => {
      const before = await tableCounts(db.dataSource);
      const lines: string[] = [];
      const result = await loadDemoSystem(db.dataSource, { scale: 'large', surveyMonths: 1, decisionMonths: 1, log: (line) => lines.push(line) });
      expect(result.loaded).toBe(false);
      expect(await tableCounts(db.dataSource)).toEqual(before);
      expect(lines.join('\n')).toContain('already loaded: nothing to do');
    });
  });

  describe('a database that holds something else', () => {
    let db: Awaited<ReturnType<typeof migratedDatabase>>;
    beforeAll(async () => {
      db = await migratedDatabase();
      // The standard demo's register, a month of its survey and of its log, through the same loader.
      await loadDemoSystem(db.dataSource, { scale: 'standard', surveyMonths: 1, decisionMonths: 1 });
    });
    afterAll(() => db.drop());

    it('refuses to load the large system over the standard demo, changing nothing', async () => {
      const before = await tableCounts(db.dataSource);
      await expect(loadDemoSystem(db.dataSource, { scale: 'large' })).rejects.toThrow(DemoLoadRefused);
      await expect(loadDemoSystem(db.dataSource, { scale: 'large' })).rejects.toThrow(/already holds a demo system named "Northshire ICS" with 120 partners/);
      expect(await tableCounts(db.dataSource)).toEqual(before);
    });

    it('finds a load stopped part-way (the system still has its loading name) and refuses to build on it', async () => {
      await db.dataSource.query('update systems set name = $1', [loadingName('Northshire ICS')]);
      await expect(loadDemoSystem(db.dataSource, { scale: 'large' })).rejects.toThrow(DemoLoadIncomplete);
    });
  });
});
