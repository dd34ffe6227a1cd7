import { ROLES, type Role } from '@stewardship/domain';
import { networkChange, networkMetrics, organisationTies, type ContactFrequency, type NetworkRating } from '@stewardship/network';
import { randomUUID } from 'node:crypto';
import { ResponseWriter } from '../src/surveys/response-writer';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const NETWORK = `query($month: String, $placeId: ID) { partnerNetwork(month: $month, placeId: $placeId) {
  month placeId ratedMonths suppressed suppressionReason respondentOrganisations density reciprocity eiIndex communitySectorNmi componentCount
  nodes { organisationId name sector placeId degree inDegree outDegree strength betweenness community articulationPoint isolate x y degreeChange strengthChange betweennessChange }
  ties { id sourceId targetId strength forwardStrength backwardStrength forwardRatings backwardRatings reciprocityGap oneSided bridge strengthChange }
  weakLinks { id kind sourceId targetId reason }
  sectors { sector ties internalShare eiIndex } } }`;
const POSITION = `query($id: ID!, $from: String!, $to: String!) { partnerNetworkPosition(organisationId: $id, fromMonth: $from, toMonth: $to) {
  organisationId fromMonth toMonth series { measure limitsNote points { month value processMean lowerLimit upperLimit variation } } } }`;
const MAP = `query($month: String, $placeId: ID) { partnerNetworkMap(month: $month, placeId: $placeId) {
  month placeId ratedMonths suppressed suppressionReason partners { organisationIds names sectors xs ys betweenness articulationPoints }
  ties { sources targets strengths strengthChanges } weakLinks { kind sources targets } } }`;
const GRANT = 'mutation($u: ID!, $g: Boolean!) { setSystemViewGrant(userId: $u, granted: $g) }';

type Rated = [from: string, to: string, trust: number, value: number, contact: ContactFrequency];

/**
 * The worked system: in Alpha North, Trust (A) and Hospital (B) are NHS, Carers (C) and Food Bank (E) VCSE, Council (D)
 * local government; Care Homes (S) is in Alpha South. Tie strength is ((trust − 1) ÷ 4 + (value − 1) ÷ 4 + contact) ÷ 3
 * with contact weekly 1, monthly 2/3, quarterly 1/3, rarely 0 (libs/network tieStrength).
 *
 * March 2026: A→B 5,5 weekly = 1; B→A 3,3 monthly = (0.5 + 0.5 + 2/3) ÷ 3 = 5/9; B→C 4,2 quarterly =
 * (0.75 + 0.25 + 1/3) ÷ 3 = 4/9; C→D two respondents, 5,5 weekly and 1,1 rarely: means 3, 3, contact 0.5, so 0.5;
 * S→A 4,4 monthly (outside North's network). North's undirected ties: A–B 7/9, B–C 4/9, C–D 1/2, a path A–B–C–D, and
 * E alone. Five partners and four directed ties: density 4 ÷ 20 = 0.2; A→B and B→A answer each other: reciprocity
 * 2 ÷ 4 = 0.5. B lies on the shortest paths A–C and A–D, C on A–D and B–D: betweenness 2 × 2 ÷ (4 × 3) = 1/3 each;
 * B and C are articulation points and every tie a bridge; two components. E–I: A–B within NHS, B–C and C–D across:
 * (2 − 1) ÷ 3 = 1/3. NHS's row: A–B within, B–C across, internal share 1/2, E–I 0.
 *
 * February 2026: A→B 1, B→A 5/9, C→B 3,3 monthly = 5/9.
 */
const MARCH: Rated[] = [
  ['A', 'B', 5, 5, 'WEEKLY'],
  ['B', 'A', 3, 3, 'MONTHLY'],
  ['B', 'C', 4, 2, 'QUARTERLY'],
  ['C', 'D', 5, 5, 'WEEKLY'],
  ['C', 'D', 1, 1, 'RARELY'],
  ['S', 'A', 4, 4, 'MONTHLY'],
];
const FEBRUARY: Rated[] = [
  ['A', 'B', 5, 5, 'WEEKLY'],
  ['B', 'A', 3, 3, 'MONTHLY'],
  ['C', 'B', 3, 3, 'MONTHLY'],
];
const NOTE = 'Alpha private note';

describe('partner network', () => {
  let api: TestApp;
  let alpha: FixtureSystem;
  let beta: FixtureSystem;
  let cookies: Record<Role, string>;
  let north: string;
  let south: string;
  const id: Record<string, string> = {};
  const name = (key: string) => Object.keys(id).find((k) => id[k] === key);

  const query = async (document: string, variables: Record<string, unknown>, role: Role = 'ADMIN') => api.graphql(document, variables, cookies[role]);
  const network = async (variables: Record<string, unknown>, role: Role = 'ADMIN') => {
    const result = await query(NETWORK, variables, role);
    expect(result.errors).toBeUndefined();
    return result.data?.['partnerNetwork'];
  };
  const setMinimumGroupSize = (size: number) => api.dataSource.query('update systems set minimum_group_size = $2 where id = $1', [alpha.system.id, size]);

  /** One response per rating, each from its own respondent, with a note that must never be served. */
  async function rate(month: string, ratings: Rated[], closesOn = `${month}-21`) {
    const writer = new ResponseWriter(api.dataSource.manager, alpha.system.id);
    const roundId = await writer.insertRound(`${month}-01`, `${month}-01`, closesOn);
    await writer.write(
      ratings.map(([from, to, trust, value, contactFrequency], i) => ({
        roundId,
        month: `${month}-01`,
        organisationId: id[from],
        sector: 'NHS',
        roleGroup: 'EXECUTIVE',
        placeIds: [],
        practiceScores: [],
        ratings: [{ organisationId: id[to], trust, value, contactFrequency, type: 'INFORMAL', note: `${NOTE} ${month} ${i}` }],
      })),
    );
    return roundId;
  }

  /** What libs/network makes of the same ratings among the same partners. */
  function libraryFigures(ratings: Rated[], keys: string[], sectors: Record<string, string>) {
    const among = ratings.filter(([from, to]) => keys.includes(from) && keys.includes(to));
    const ties = organisationTies(among.map(([from, to, trust, value, contactFrequency]): NetworkRating => ({ from: id[from], to: id[to], trust, value, contactFrequency })));
    const nodes = keys.map((key) => ({ id: id[key], sector: sectors[key] }));
    const weighted = ties.map((tie) => ({ source: tie.source, target: tie.target, weight: tie.strength }));
    return { metrics: networkMetrics(nodes, weighted), weighted };
  }

  beforeAll(async () => {
    api = await startTestApp();
    alpha = await createSystem(api.dataSource, 'Alpha ICS', ['Alpha North', 'Alpha South'], [
      { name: 'Alpha Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Alpha North'] },
      { name: 'Alpha Hospital', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Alpha North'] },
      { name: 'Alpha Carers', kind: 'VCSE', sector: 'VCSE', places: ['Alpha North'] },
      { name: 'Alpha Council', kind: 'LOCAL_AUTHORITY', sector: 'LOCAL_GOVERNMENT', places: ['Alpha North'] },
      { name: 'Alpha Food Bank', kind: 'VCSE', sector: 'VCSE', places: ['Alpha North'] },
      { name: 'Alpha Care Homes', kind: 'SOCIAL_CARE_PROVIDER', sector: 'INDEPENDENT', places: ['Alpha South'] },
    ]);
    beta = await createSystem(api.dataSource, 'Beta ICS', ['Beta East'], [{ name: 'Beta Carers', places: ['Beta East'] }]);
    ['A', 'B', 'C', 'D', 'E', 'S'].forEach((key, i) => (id[key] = alpha.organisations[i].id));
    north = alpha.placeIds['Alpha North'];
    south = alpha.placeIds['Alpha South'];
    cookies = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await api.signIn(alpha.users[role], PASSWORD)]))) as Record<Role, string>;
    await rate('2026-02', FEBRUARY);
    await rate('2026-03', MARCH);

    // Trust and Council affected by three decisions this year, with no tie between them: a missing link.
    const forum = await query('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'Alpha North Board', kind: 'PLACE_BOARD', placeId: north } });
    for (const date of ['2026-01-12', '2026-02-09', '2026-03-09']) {
      const decision = await query('mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }', {
        i: {
          forumId: forum.data?.['createForum'].id, date, title: `Falls service ${date}`, summary: 'Agreed.', proposerId: id['A'], outcome: 'AGREED',
          participants: [{ organisationId: id['A'], affected: true, present: true }, { organisationId: id['D'], affected: true }],
        },
      });
      expect(decision.errors).toBeUndefined();
    }
    await setMinimumGroupSize(2);
  });
  afterAll(() => api.close());

  it("serves a place's network with libs/network's figures on the same ties, worked by hand", async () => {
    const served = await network({ placeId: north });
    expect(served).toMatchObject({ month: '2026-03', placeId: north, ratedMonths: ['2026-03', '2026-02'], suppressed: false, suppressionReason: null, respondentOrganisations: 3, componentCount: 2 });
    expect(served.density).toBeCloseTo(0.2, 12);
    expect(served.reciprocity).toBeCloseTo(0.5, 12);
    expect(served.eiIndex).toBeCloseTo(1 / 3, 12);

    // The same partners in the order served (by name), as Louvain's communities are numbered in node order.
    const order = served.nodes.map((n: { organisationId: string }) => name(n.organisationId) as string);
    const sectors = { A: 'NHS', B: 'NHS', C: 'VCSE', D: 'LOCAL_GOVERNMENT', E: 'VCSE' };
    const { metrics } = libraryFigures(MARCH, order, sectors);
    expect(served.density).toBe(metrics.density);
    expect(served.reciprocity).toBe(metrics.reciprocity);
    const byId = new Map(served.nodes.map((node: { organisationId: string }) => [node.organisationId, node]));
    expect([...byId.keys()].map(name).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    for (const node of metrics.nodes) {
      expect(byId.get(node.id)).toMatchObject({
        degree: node.degree, inDegree: node.inDegree, outDegree: node.outDegree, strength: node.strength, betweenness: node.betweenness, community: node.community,
        articulationPoint: metrics.articulationPoints.includes(node.id), isolate: metrics.isolates.includes(node.id), placeId: north,
      });
    }
    const node = (key: string) => byId.get(id[key]) as Record<string, number>;
    expect([node('A').degree, node('B').degree, node('C').degree, node('D').degree, node('E').degree]).toEqual([1, 2, 2, 1, 0]);
    expect(node('B').betweenness).toBeCloseTo(1 / 3, 12);
    expect(node('C').betweenness).toBeCloseTo(1 / 3, 12);
    expect(node('B').strength).toBeCloseTo(7 / 9 + 4 / 9, 12);
    expect(served.nodes.filter((n: { articulationPoint: boolean }) => n.articulationPoint).map((n: { organisationId: string }) => name(n.organisationId)).sort()).toEqual(['B', 'C']);
    expect(served.nodes.filter((n: { isolate: boolean }) => n.isolate).map((n: { organisationId: string }) => name(n.organisationId))).toEqual(['E']);

    const tie = (x: string, y: string) => served.ties.find((t: { id: string }) => t.id === [id[x], id[y]].sort().join('|'));
    expect(served.ties).toHaveLength(3);
    const ab = tie('A', 'B');
    expect(ab.strength).toBeCloseTo(7 / 9, 12);
    expect(ab.reciprocityGap).toBeCloseTo(4 / 9, 12);
    expect([ab.oneSided, ab.bridge, ab.forwardRatings, ab.backwardRatings]).toEqual([false, true, 1, 1]);
    const cd = tie('C', 'D');
    expect(cd.strength).toBeCloseTo(0.5, 12);
    expect(cd.oneSided).toBe(true);
    expect(cd.sourceId < cd.targetId).toBe(true);
    // C's view of D is the mean of its two respondents' ratings: an organisation's view, not a person's.
    expect(cd.sourceId === id['C'] ? [cd.forwardRatings, cd.backwardRatings, cd.forwardStrength, cd.backwardStrength] : [cd.backwardRatings, cd.forwardRatings, cd.backwardStrength, cd.forwardStrength]).toEqual([2, 0, 0.5, null]);

    // Change since February: B–C was C's view of B (5/9), now B's view of C (4/9); C–D is new.
    expect(tie('B', 'C').strengthChange).toBeCloseTo(-1 / 9, 12);
    expect(tie('C', 'D').strengthChange).toBeNull();
    const february = libraryFigures(FEBRUARY, order, sectors);
    const change = networkChange(february.metrics, metrics, february.weighted, libraryFigures(MARCH, order, sectors).weighted);
    for (const [nodeId, since] of change.nodes) {
      expect(byId.get(nodeId)).toMatchObject({ degreeChange: since?.degree ?? null, strengthChange: since?.strength ?? null, betweennessChange: since?.betweenness ?? null });
    }

    expect(served.sectors).toEqual([
      { sector: 'LOCAL_GOVERNMENT', ties: 1, internalShare: null, eiIndex: null },
      { sector: 'NHS', ties: 2, internalShare: 0.5, eiIndex: 0 },
      { sector: 'VCSE', ties: 2, internalShare: null, eiIndex: null },
    ]);
  });

  it('flags weak links with their reasons: one-sided ties, the missing Trust–Council link and the isolated Food Bank', async () => {
    const served = await network({ placeId: north, month: '2026-03' });
    const flags = served.weakLinks.map((link: { kind: string; sourceId: string; targetId: string | null }) => `${link.kind} ${name(link.sourceId)}${link.targetId ? `–${name(link.targetId)}` : ''}`);
    const [first, second] = [id['A'], id['D']].sort();
    expect(flags).toEqual(expect.arrayContaining(['ONE_SIDED A–B', `MISSING ${name(first)}–${name(second)}`, 'PERIPHERAL E']));
    const missing = served.weakLinks.find((link: { kind: string }) => link.kind === 'MISSING');
    expect(missing.reason).toMatch(/3|three/);
    for (const link of served.weakLinks) expect(link.reason.length).toBeGreaterThan(10);
  });

  it('keeps the month\'s map positions: asked again, every partner is where it was', async () => {
    const first = await network({ placeId: north });
    const [kept] = await api.dataSource.query('select positions, computed_at from network_layouts where system_id = $1 and place_id = $2 and month = $3', [alpha.system.id, north, '2026-03-01']);
    for (const node of first.nodes) expect(kept.positions[node.organisationId]).toEqual({ x: node.x, y: node.y });
    const again = await network({ placeId: north });
    expect(again.nodes.map((n: { x: number; y: number }) => [n.x, n.y])).toEqual(first.nodes.map((n: { x: number; y: number }) => [n.x, n.y]));
    const [still] = await api.dataSource.query('select computed_at from network_layouts where system_id = $1 and place_id = $2 and month = $3', [alpha.system.id, north, '2026-03-01']);
    expect(still.computed_at).toEqual(kept.computed_at);
  });

  it('serves the kept network until what it was built from changes, then builds it again', async () => {
    const view = async () => (await api.dataSource.query('select digest, computed_at from network_views where system_id = $1 and place_id = $2 and month = $3', [alpha.system.id, north, '2026-03-01']))[0];
    const first = await network({ placeId: north });
    const kept = await view();
    expect(await network({ placeId: north })).toEqual(first);
    expect(await view()).toEqual(kept);
    // A fourth decision affecting Trust and Council changes the missing link's reason: the network is built again.
    const [forum] = await api.dataSource.query('select id from forums where system_id = $1', [alpha.system.id]);
    const decided = await query('mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }', {
      i: { forumId: forum.id, date: '2026-03-20', title: 'Falls service review', summary: 'Agreed.', proposerId: id['A'], outcome: 'AGREED', participants: [{ organisationId: id['A'], affected: true, present: true }, { organisationId: id['D'], affected: true }] },
    });
    expect(decided.errors).toBeUndefined();
    const again = await network({ placeId: north });
    expect((await view()).digest).not.toBe(kept.digest);
    expect(again.weakLinks.find((link: { kind: string }) => link.kind === 'MISSING').reason).toMatch(/4|four/);
    expect(again.nodes).toEqual(first.nodes);
  });

  it('serves the kept network while the data it was built from is unchanged, and keeps it when a change leaves it as it was', async () => {
    const view = async () => (await api.dataSource.query('select digest, inputs_version::text as version, computed_at from network_views where system_id = $1 and place_id = $2 and month = $3', [alpha.system.id, north, '2026-03-01']))[0];
    const first = await network({ placeId: north });
    const kept = await view();
    expect(kept.version).not.toBeNull();
    // Renaming a forum counts as a change to every month's data, but the network is not built from forums.
    await api.dataSource.query(`update forums set name = name || ' (renamed)' where system_id = $1`, [alpha.system.id]);
    expect(await network({ placeId: north })).toEqual(first);
    const after = await view();
    expect(after.computed_at).toEqual(kept.computed_at);
    expect(after.digest).toBe(kept.digest);
    expect(BigInt(after.version)).toBeGreaterThan(BigInt(kept.version));
  });

  it("serves the map's part of the same month compactly, read from the kept network's map without the whole", async () => {
    const map = async (variables: Record<string, unknown>, role: Role = 'ADMIN') => {
      const result = await query(MAP, variables, role);
      expect(result.errors).toBeUndefined();
      return result.data?.['partnerNetworkMap'];
    };
    for (const variables of [{ placeId: north }, {}, { month: '2026-02', placeId: north }]) {
      const whole = await network(variables);
      const drawn = await map(variables);
      expect(drawn).toMatchObject({ month: whole.month, placeId: whole.placeId, ratedMonths: whole.ratedMonths, suppressed: false });
      // The same partners, their numbers rounded to what the map draws.
      const rounded = (decimals: number) => (value: number | null) => (value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals);
      const nodes: Record<string, any>[] = whole.nodes;
      expect(drawn.partners).toEqual({
        organisationIds: nodes.map((node) => node.organisationId),
        names: nodes.map((node) => node.name),
        sectors: nodes.map((node) => node.sector),
        xs: nodes.map((node) => rounded(2)(node.x)),
        ys: nodes.map((node) => rounded(2)(node.y)),
        betweenness: nodes.map((node) => Number(node.betweenness.toPrecision(4))),
        articulationPoints: nodes.flatMap((node, i) => (node.articulationPoint ? [i] : [])),
      });
      // Each tie and weak link names the same partners by their number in `partners`.
      const idOf = (n: number | null) => (n === null ? null : drawn.partners.organisationIds[n]);
      expect(drawn.ties.sources.map((source: number, i: number) => [idOf(source), idOf(drawn.ties.targets[i]), drawn.ties.strengths[i], drawn.ties.strengthChanges[i]])).toEqual(
        whole.ties.map((tie: { sourceId: string; targetId: string; strength: number; strengthChange: number | null }) => [tie.sourceId, tie.targetId, rounded(3)(tie.strength), rounded(3)(tie.strengthChange)]),
      );
      // Weak links by kind: the same links, each kind once.
      const drawnLinks = drawn.weakLinks.flatMap(({ kind, sources, targets }: { kind: string; sources: number[]; targets: (number | null)[] }) =>
        sources.map((source, i) => `${kind}|${idOf(source)}|${idOf(targets[i]) ?? ''}`),
      );
      expect(drawnLinks.sort()).toEqual(whole.weakLinks.map((link: { id: string }) => link.id).sort());
      expect(new Set(drawn.weakLinks.map((group: { kind: string }) => group.kind)).size).toBe(drawn.weakLinks.length);
    }
    // Served from the kept map: one changed there is what is served, until the inputs change.
    const kept = async () => (await api.dataSource.query('select map from network_views where system_id = $1 and place_id = $2 and month = $3', [alpha.system.id, north, '2026-03-01']))[0].map;
    const before = await kept();
    await api.dataSource.query(`update network_views set map = jsonb_set(map::jsonb, '{partners,names,0}', '"Kept name"')::json where system_id = $1 and place_id = $2 and month = $3`, [alpha.system.id, north, '2026-03-01']);
    try {
      expect((await map({ placeId: north })).partners.names[0]).toBe('Kept name');
    } finally {
      await api.dataSource.query('update network_views set map = $4::json where system_id = $1 and place_id = $2 and month = $3', [alpha.system.id, north, '2026-03-01', JSON.stringify(before)]);
    }
    // A network kept before maps were (no map) is built again when its map is asked for.
    await api.dataSource.query('update network_views set map = null where system_id = $1 and place_id = $2 and month = $3', [alpha.system.id, north, '2026-03-01']);
    expect((await map({ placeId: north })).partners).toEqual(before.partners);
    expect(await kept()).toEqual(before);

    // Hidden as the whole network is, with the same rights.
    await setMinimumGroupSize(4);
    try {
      expect(await map({ placeId: north })).toMatchObject({ month: '2026-03', suppressed: true, suppressionReason: 'Fewer than 4 respondent organisations: hidden to protect respondents', partners: { organisationIds: [], names: [], xs: [] }, ties: { sources: [], targets: [], strengths: [], strengthChanges: [] }, weakLinks: [] });
    } finally {
      await setMinimumGroupSize(2);
    }
    expect((await map({}, 'PLACE_LEAD')).placeId).toBe(north);
    expect(errorCodes(await query(MAP, { placeId: south }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
    expect((await query(MAP, { placeId: beta.placeIds['Beta East'] })).errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'placeId', message: 'The place is not one of your system' }]);
  });

  it('never serves a note, and hides a network built from fewer respondent organisations than the minimum group size', async () => {
    for (const variables of [{ placeId: north }, {}, { month: '2026-02' }]) {
      expect(JSON.stringify(await query(NETWORK, variables))).not.toContain(NOTE);
    }
    await setMinimumGroupSize(4);
    try {
      // North has three respondent organisations in March; the whole system four (Care Homes too).
      const hidden = await network({ placeId: north });
      expect(hidden).toMatchObject({ month: '2026-03', suppressed: true, respondentOrganisations: 3, density: null, reciprocity: null, eiIndex: null, nodes: [], ties: [], weakLinks: [], sectors: [] });
      expect(hidden.suppressionReason).toBe('Fewer than 4 respondent organisations: hidden to protect respondents');
      const system = await network({});
      expect(system).toMatchObject({ suppressed: false, respondentOrganisations: 4 });
      // February had three: no change is served from a month that is itself hidden.
      expect(system.nodes.every((n: { degreeChange: number | null }) => n.degreeChange === null)).toBe(true);
      expect(system.sectors.every((s: { internalShare: number | null }) => s.internalShare === null)).toBe(true);
      const position = await query(POSITION, { id: id['B'], from: '2026-02', to: '2026-03' });
      expect(position.data?.['partnerNetworkPosition'].series[0].points.map((p: { value: number | null }) => p.value)).toEqual([null, 2]);
    } finally {
      await setMinimumGroupSize(2);
    }
  });

  it("shows a place lead their own place's network only, until an administrator grants the system view", async () => {
    const own = await network({}, 'PLACE_LEAD');
    expect(own.placeId).toBe(north);
    expect(own.nodes.map((n: { organisationId: string }) => name(n.organisationId)).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(errorCodes(await query(NETWORK, { placeId: south }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await query(NETWORK, { placeId: beta.placeIds['Beta East'] }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
    // Care Homes is in South: not in the network the lead sees.
    expect((await query(POSITION, { id: id['S'], from: '2026-01', to: '2026-03' }, 'PLACE_LEAD')).data).toEqual({ partnerNetworkPosition: null });
    for (const role of ROLES.filter((r) => r !== 'PLACE_LEAD')) {
      expect((await network({}, role)).placeId).toBeNull();
      expect((await network({ placeId: south }, role)).placeId).toBe(south);
    }

    const [lead] = await api.dataSource.query('select id from users where email = $1', [alpha.users.PLACE_LEAD]);
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) expect(errorCodes(await query(GRANT, { u: lead.id, g: true }, role))).toEqual(['FORBIDDEN']);
    expect((await query(GRANT, { u: lead.id, g: true })).data).toEqual({ setSystemViewGrant: true });
    try {
      expect((await query('{ viewer { systemView } }', {}, 'PLACE_LEAD')).data).toEqual({ viewer: { systemView: true } });
      const system = await network({}, 'PLACE_LEAD');
      expect(system.placeId).toBeNull();
      expect(system.nodes.map((n: { organisationId: string }) => name(n.organisationId)).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'S']);
      expect((await network({ placeId: south }, 'PLACE_LEAD')).placeId).toBe(south);
      expect((await query(POSITION, { id: id['S'], from: '2026-01', to: '2026-03' }, 'PLACE_LEAD')).data?.['partnerNetworkPosition'].organisationId).toBe(id['S']);
      const [event] = await api.dataSource.query(`select detail from security_events where kind = 'MEMBERSHIP_CHANGED' and system_id = $1 order by id desc limit 1`, [alpha.system.id]);
      expect(event.detail).toMatchObject({ userId: lead.id, systemViewGranted: true });
    } finally {
      expect((await query(GRANT, { u: lead.id, g: false })).data).toEqual({ setSystemViewGrant: false });
    }
    expect(errorCodes(await query(NETWORK, { placeId: south }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
    const [admin] = await api.dataSource.query('select id from users where email = $1', [alpha.users.ADMIN]);
    const refused = await query(GRANT, { u: admin.id, g: true });
    expect(refused.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'userId', message: 'Only a place lead can be granted the system view: other roles see the whole system already' }]);
  });

  it("serves a partner's degree, strength and betweenness month by month, with gaps for months without ratings", async () => {
    const result = await query(POSITION, { id: id['B'], from: '2026-01', to: '2026-03' });
    expect(result.errors).toBeUndefined();
    const series = Object.fromEntries(result.data?.['partnerNetworkPosition'].series.map((s: { measure: string; points: { value: number | null }[] }) => [s.measure, s.points.map((p) => p.value)]));
    // The whole system's network: B's ties are A–B and C–B in February, A–B and B–C in March.
    expect(series['degree']).toEqual([null, 2, 2]);
    expect(series['strength'][1]).toBeCloseTo(7 / 9 + 5 / 9, 12);
    expect(series['strength'][2]).toBeCloseTo(7 / 9 + 4 / 9, 12);
    const kept: { month: string }[] = await api.dataSource.query(`select to_char(month, 'YYYY-MM') as month from network_metrics where system_id = $1 and place_id is null order by month`, [alpha.system.id]);
    expect(kept.map((row) => row.month)).toEqual(['2026-02', '2026-03']);
  });

  it("refuses another system's ids and says which month is wrong", async () => {
    const otherPlace = await query(NETWORK, { placeId: beta.placeIds['Beta East'] });
    expect(otherPlace.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'placeId', message: 'The place is not one of your system' }]);
    expect(JSON.stringify(otherPlace)).not.toContain('Beta');
    expect((await query(POSITION, { id: beta.organisations[0].id, from: '2026-01', to: '2026-03' })).data).toEqual({ partnerNetworkPosition: null });
    expect((await query(POSITION, { id: randomUUID(), from: '2026-01', to: '2026-03' })).data).toEqual({ partnerNetworkPosition: null });
    const [betaLead] = await api.dataSource.query('select id from users where email = $1', [beta.users.PLACE_LEAD]);
    expect(errorCodes(await query(GRANT, { u: betaLead.id, g: true }))).toEqual(['NOT_FOUND']);
    expect((await api.dataSource.query('select system_view_granted from memberships where user_id = $1', [betaLead.id]))[0].system_view_granted).toBe(false);

    const fieldsOf = async (document: string, variables: Record<string, unknown>) => (await query(document, variables)).errors?.[0].extensions?.['fieldErrors'].map((e: { field: string }) => e.field);
    expect(await fieldsOf(NETWORK, { month: '2026-13' })).toEqual(['month']);
    expect(await fieldsOf(NETWORK, { month: 'March' })).toEqual(['month']);
    expect(await fieldsOf(POSITION, { id: id['B'], from: '2026-1', to: '2026-03' })).toEqual(['fromMonth']);
    expect(await fieldsOf(POSITION, { id: id['B'], from: '2026-03', to: '2026-01' })).toEqual(['toMonth']);
    expect(await fieldsOf(POSITION, { id: id['B'], from: '2020-01', to: '2026-01' })).toEqual(['toMonth']);
  });

  it('shows the newest month whose round has closed until a round still open closes, and the open month when asked for', async () => {
    // April's round is open for years yet, with one answer so far.
    const roundId = await rate('2026-04', [['A', 'B', 2, 2, 'RARELY']], '2099-12-31');
    const shown = await network({});
    expect(shown).toMatchObject({ month: '2026-03', suppressed: false });
    expect(shown.ratedMonths).toEqual(['2026-04', '2026-03', '2026-02']);
    expect(await network({ month: '2026-04' })).toMatchObject({ month: '2026-04', suppressed: true, respondentOrganisations: 1 });
    await api.dataSource.query('update survey_rounds set closed_at = now() where id = $1', [roundId]);
    expect(await network({})).toMatchObject({ month: '2026-04', suppressed: true });
  });
});
