import { collapseSmallClasses, recoverableByDifferencing } from '@stewardship/disclosure';
import { DEMO_PASSWORD } from '@stewardship/demo-data';
import { ROLE_GROUPS, SECTORS } from '@stewardship/domain';
import { startTestApp, TestApp } from './support/test-app';

const PRACTICE = 'HEALTHY_RELATIONSHIPS';
const SCORES = `query($filter: ScoreFilter) { practiceScores(filter: $filter, months: 24) { practice points { month suppressed n } } }`;

interface Filter {
  placeId?: string;
  sector?: string;
  roleGroup?: string;
}

/** One month's finest groups, as the database knows them: respondents of one place set, sector and role group. */
interface Atom {
  month: string;
  sector: string;
  roleGroup: string;
  placeIds: string[];
  n: number;
}

const selects = (filter: Filter, atom: Atom) =>
  (!filter.placeId || atom.placeIds.includes(filter.placeId)) && (!filter.sector || atom.sector === filter.sector) && (!filter.roleGroup || atom.roleGroup === filter.roleGroup);

/**
 * A respondent counts toward each place their organisation serves, unless fewer than the minimum share their exact
 * combination of places that month: then toward the system only (see collapseSmallClasses).
 */
function countedAsTheFiguresDefine(atoms: Atom[], minimumGroupSize: number): Atom[] {
  const placeKey = (a: Atom) => `${a.month}|${[...a.placeIds].sort().join('+')}`;
  const counted = new Map<string, Atom>();
  for (const month of new Set(atoms.map((a) => a.month))) {
    const inMonth = atoms.filter((a) => a.month === month);
    const sizes = new Map<string, number>();
    for (const a of inMonth) sizes.set(placeKey(a), (sizes.get(placeKey(a)) ?? 0) + a.n);
    const collapsed = collapseSmallClasses(sizes, minimumGroupSize, `${month}|`);
    for (const a of inMonth) {
      const placeIds = collapsed.has(placeKey(a)) ? [] : a.placeIds;
      const key = `${month}|${[...placeIds].sort().join('+')}|${a.sector}|${a.roleGroup}`;
      const same = counted.get(key);
      counted.set(key, same ? { ...same, n: same.n + a.n } : { ...a, placeIds });
    }
  }
  return [...counted.values()];
}

/** Every combination of the optional values given. */
function combinations(places: (string | undefined)[], sectors: (string | undefined)[], roleGroups: (string | undefined)[]): Filter[] {
  return places.flatMap((placeId) => sectors.flatMap((sector) => roleGroups.map((roleGroup) => ({ placeId, sector, roleGroup }))));
}

/**
 * The differencing attack of the security issue, through GraphQL as a reader who knows the register: publish every
 * breakdown the API offers, then ask whether any hidden group, or any cell smaller than the minimum, is a linear
 * combination of the published ones (then its distribution, and a lone respondent's score, could be computed).
 */
describe('disclosure control against differencing, on the demo system', () => {
  let api: TestApp;
  let atoms: Atom[];
  let placeIds: string[];
  let minimumGroupSize: number;

  beforeAll(async () => {
    api = await startTestApp({ DEMO_DATA: 'true' });
    atoms = await api.dataSource.query(
      `select to_char(month, 'YYYY-MM') as month, sector, role_group as "roleGroup", place_ids::text[] as "placeIds", sum(counts[1] + counts[2] + counts[3] + counts[4] + counts[5])::int as n
         from practice_score_counts where practice = $1 group by 1, 2, 3, 4`,
      [PRACTICE],
    );
    placeIds = (await api.dataSource.query('select id from places order by name')).map((r: { id: string }) => r.id);
    [{ minimumGroupSize }] = await api.dataSource.query('select minimum_group_size as "minimumGroupSize" from systems');
    atoms = countedAsTheFiguresDefine(atoms, minimumGroupSize);
  }, 180_000);
  afterAll(() => api.close());

  async function attack(email: string, filters: Filter[]) {
    const token = await api.signIn(email, DEMO_PASSWORD);
    const published = new Map<string, Filter[]>();
    for (const filter of filters) {
      const result = await api.graphql(SCORES, { filter }, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const series = result.data?.['practiceScores'].find((s: { practice: string }) => s.practice === PRACTICE);
      for (const point of series.points as { month: string; suppressed: boolean; n: number | null }[]) {
        const truth = atoms.filter((a) => a.month === point.month && selects(filter, a)).reduce((sum, a) => sum + a.n, 0);
        if (!point.suppressed) {
          expect(point.n).toBe(truth); // what is shown is the real count
          published.set(point.month, [...(published.get(point.month) ?? []), filter]);
        }
      }
    }
    let hiddenGroups = 0;
    let recovered = 0;
    let publishedGroups = 0;
    for (const month of new Set(atoms.map((a) => a.month))) {
      const live = atoms.filter((a) => a.month === month && a.n > 0);
      const vector = (filter: Filter) => live.map((a) => (selects(filter, a) ? 1 : 0));
      const shown = published.get(month) ?? [];
      const isShown = (filter: Filter) => shown.some((f) => f.placeId === filter.placeId && f.sector === filter.sector && f.roleGroup === filter.roleGroup);
      const hidden = [
        ...filters.filter((f) => !isShown(f) && live.some((a) => selects(f, a))).map(vector),
        ...live.filter((a) => a.n < minimumGroupSize).map((small) => live.map((a) => (a === small ? 1 : 0))),
      ];
      publishedGroups += shown.length;
      hiddenGroups += hidden.length;
      recovered += recoverableByDifferencing(shown.map(vector), hidden).length;
    }
    process.stdout.write(`differencing attack as ${email}: ${filters.length} filters × 24 months, ${publishedGroups} groups published, ${hiddenGroups} hidden, ${recovered} recovered\n`);
    return { publishedGroups, hiddenGroups, recovered };
  }

  it('recovers no hidden group as a viewer, over every place, sector and role-group breakdown', async () => {
    const filters = combinations([undefined, ...placeIds], [undefined, ...SECTORS], [undefined, ...ROLE_GROUPS]);
    const { publishedGroups, hiddenGroups, recovered } = await attack('viewer@northshire.example', filters);
    expect(publishedGroups).toBeGreaterThan(24); // the attack had figures to work with
    expect(hiddenGroups).toBeGreaterThan(0); // and something to look for
    expect(recovered).toBe(0);
  }, 300_000);

  it("recovers no hidden group inside a place lead's own place", async () => {
    const [{ placeId }] = await api.dataSource.query(`select m.place_id as "placeId" from memberships m join users u on u.id = m.user_id where u.email = 'placelead@northshire.example'`);
    const filters = combinations([placeId], [undefined, ...SECTORS], [undefined, ...ROLE_GROUPS]);
    const { recovered } = await attack('placelead@northshire.example', filters);
    expect(recovered).toBe(0);
  }, 300_000);
});
