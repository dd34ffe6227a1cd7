import type { ChangeReading, FigureReading } from './figure-changes';
import type { NetworkSnapshot, SnapshotNode, SnapshotTie } from './network-snapshot';
import { ACTION_RULES, suggestActions, withClaimActions, type ActionInput } from './suggested-actions';

const MONTH = '2026-11';
const reading = (area: FigureReading['area'], key: string, reading: ChangeReading, value: number, previousValue: number, changeInLimits: number): FigureReading => ({
  area,
  key,
  label: key,
  month: MONTH,
  value,
  previousMonth: '2026-10',
  previousValue,
  change: value - previousValue,
  moved: true,
  reading,
  signal: reading.startsWith('SPECIAL_CAUSE'),
  rules: [],
  monthsOnSide: 3,
  side: value < previousValue ? 'below' : 'above',
  changeInLimits,
  line: '',
});
const emptySnapshot: NetworkSnapshot = { month: MONTH, weakLinkCounts: [], mostSerious: [], newIsolates: [], brokenBridges: [] };
const input = (parts: Partial<ActionInput>): ActionInput => ({ month: MONTH, placeName: 'South Place', readings: [], tooCosy: null, network: null, claims: null, ...parts });
const rules = (parts: Partial<ActionInput>) => suggestActions(input(parts)).map((a) => a.rule);

/** Three VCSE partners with six ties to three NHS partners, who also have three ties among themselves; `oneSided` of the VCSE ties are one-sided. */
function network(oneSided: number, snapshot: Partial<NetworkSnapshot> = {}): ActionInput['network'] {
  const nodes: SnapshotNode[] = [
    ...['V1', 'V2', 'V3'].map((id) => ({ id, name: `VCSE ${id}`, sector: 'VCSE', degree: 2, isolate: false })),
    ...['N1', 'N2', 'N3'].map((id) => ({ id, name: `Trust ${id}`, sector: 'NHS', degree: 4, isolate: false })),
  ];
  const pairs = [['N1', 'V1'], ['N2', 'V1'], ['N1', 'V2'], ['N3', 'V2'], ['N2', 'V3'], ['N3', 'V3'], ['N1', 'N2'], ['N2', 'N3'], ['N1', 'N3']];
  const ties: SnapshotTie[] = pairs.map(([a, b], i) => ({ id: `${a}|${b}`, a, b, oneSided: i < oneSided, bridge: false }));
  return { nodes, ties, weakLinks: [{ id: 'DECLINING|N1|V1', kind: 'DECLINING', source: 'N1', target: 'V1', reason: '' }], snapshot: { ...emptySnapshot, ...snapshot } };
}

describe('suggestActions: each rule fires at its threshold and not below it', () => {
  it('PRACTICE_CONCERN: a practice score with special cause concern, not common-cause noise or improvement however large', () => {
    const actions = suggestActions(input({ readings: [reading('PRACTICE', 'Sharing power', 'SPECIAL_CAUSE_CONCERN', 2.4, 2.8, 0.4)] }));
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ rule: 'PRACTICE_CONCERN', rank: 1, references: [{ kind: 'PRACTICE', id: 'Sharing power' }] });
    expect(actions[0].text).toBe('Put "Sharing power" on the board\'s agenda in South Place: 2.40 in November 2026, down 0.40 since October 2026, a special cause concern; 3 months in a row below the mean.');
    expect(actions[0].figures).toEqual([
      { label: 'Sharing power', value: '2.40' },
      { label: 'Sharing power, October 2026', value: '2.80' },
    ]);
    expect(rules({ readings: [reading('PRACTICE', 'Sharing power', 'COMMON_CAUSE', 1.0, 4.0, 3)] })).toEqual([]);
    expect(rules({ readings: [reading('PRACTICE', 'Sharing power', 'SPECIAL_CAUSE_IMPROVEMENT', 4.5, 3.0, 1)] })).toEqual([]);
  });

  it('POWER_CONCERN: a power figure with special cause concern, not a special cause with no better direction', () => {
    const actions = suggestActions(input({ placeName: null, readings: [reading('POWER', 'Inclusion ratio', 'SPECIAL_CAUSE_CONCERN', 0.5, 0.75, 0.5)] }));
    expect(actions[0].text).toBe('Review how decisions are taken: inclusion ratio was 0.50 in November 2026, down 0.25 since October 2026, a special cause concern; 3 months in a row below the mean.');
    expect(actions[0].references).toEqual([{ kind: 'POWER_FIGURE', id: 'Inclusion ratio', label: 'Inclusion ratio' }]);
    expect(rules({ readings: [reading('POWER', 'Decisions with recorded dissent', 'SPECIAL_CAUSE_NEITHER', 0.5, 0.1, 1)] })).toEqual([]);
  });

  it('SECTOR_ONE_SIDED: half of a sector’s ties one-sided fires (3 of 6); a third does not (2 of 6)', () => {
    const actions = suggestActions(input({ network: network(3) }));
    expect(actions.map((a) => a.rule)).toEqual(['SECTOR_ONE_SIDED']);
    // NHS: the same three one-sided ties of its nine is a third, below the half.
    expect(actions[0].text).toBe('Convene the VCSE partners in South Place: 3 of their 6 ties are one-sided in November 2026 and 1 tie has weakened month after month.');
    expect(actions[0].references.slice(0, 2)).toEqual([
      { kind: 'SECTOR', id: 'VCSE', label: 'VCSE' },
      { kind: 'TIE', id: 'N1|V1', label: 'Trust N1 – VCSE V1' },
    ]);
    expect(rules({ network: network(2) })).toEqual([]);
  });

  it('SECTOR_ONE_SIDED: not for a sector with fewer ties than the minimum, even all one-sided', () => {
    const few = network(0) as NonNullable<ActionInput['network']>;
    const twoTies = { ...few, ties: few.ties.slice(0, 1).map((t) => ({ ...t, oneSided: true })) };
    expect(rules({ network: twoTies })).toEqual([]);
  });

  it('BROKEN_BRIDGE and NEW_ISOLATE: from the snapshot, when it has them', () => {
    const snapshot = {
      brokenBridges: [{ id: 'N1|V1', a: 'N1', b: 'V1', aName: 'Trust N1', bName: 'VCSE V1' }],
      newIsolates: [{ id: 'V2', name: 'VCSE V2', previousDegree: 2 }],
    };
    const actions = suggestActions(input({ network: network(0, snapshot) }));
    expect(actions.map((a) => a.text)).toEqual([
      'Restore the tie between Trust N1 and VCSE V1: it was the only link between two parts of the network last month, and in November 2026 neither rated the other.',
      'Reconnect VCSE V2: it has no tie with any partner in November 2026, against 2 ties the month before.',
    ]);
    expect(actions[1].references).toEqual([{ kind: 'ORGANISATION', id: 'V2', label: 'VCSE V2' }]);
    expect(rules({ network: network(0) })).toEqual([]);
  });

  it('TOO_COSY: when the warning is on, not when it is off', () => {
    const on = suggestActions(input({ tooCosy: { dissentWarning: true, dissentMonths: 6, conflictSurfacedWarning: false, conflictSurfacedMonths: 2 } }));
    expect(on[0].text).toBe('Ask the forums in South Place whether differences are being voiced: no dissent recorded for 6 months up to November 2026.');
    expect(rules({ tooCosy: { dissentWarning: false, dissentMonths: 5, conflictSurfacedWarning: false, conflictSurfacedMonths: 5 } })).toEqual([]);
  });

  it('CLAIMS_AWAITING and CLAIM_EVIDENCE_CHANGED: one action each, naming the oldest claim; none with no claims', () => {
    const claims = {
      awaiting: [
        { id: 'c2', text: 'Partners now share decisions', madeOn: '2026-10-01' },
        { id: 'c1', text: 'Power is shared across the system', madeOn: '2026-09-01' },
      ],
      evidenceChanged: [{ id: 'c3', text: 'Trust between partners has improved', madeOn: '2026-08-01' }],
    };
    const actions = suggestActions(input({ claims }));
    expect(actions.map((a) => a.text)).toEqual([
      'Re-check 1 claim whose evidence changed since the verdict, starting with “Trust between partners has improved”.',
      'Review 2 claims awaiting a verdict, oldest first: “Power is shared across the system”.',
    ]);
    expect(actions[1].references.map((r) => r.id)).toEqual(['c2', 'c1']);
    expect(rules({ claims: { awaiting: [], evidenceChanged: [] } })).toEqual([]);
  });

  it('CLAIMS_AWAITING: counts every claim awaiting review when only the oldest are listed', () => {
    const [action] = suggestActions(input({ claims: { awaiting: [{ id: 'c1', text: 'Power is shared', madeOn: '2026-09-01' }], evidenceChanged: [], awaitingCount: 25 } }));
    expect(action.text).toBe('Review 25 claims awaiting a verdict, oldest first: “Power is shared”.');
    expect(action.figures).toEqual([{ label: 'Claims awaiting review', value: '25' }]);
  });
});

describe('suggestActions: ranking and the cap', () => {
  const concerns = [
    reading('PRACTICE', 'Small fall', 'SPECIAL_CAUSE_CONCERN', 2.9, 3.0, 0.1),
    reading('PRACTICE', 'Big fall', 'SPECIAL_CAUSE_CONCERN', 2.0, 3.0, 1),
    reading('PRACTICE', 'Middle fall', 'SPECIAL_CAUSE_CONCERN', 2.5, 3.0, 0.5),
    reading('POWER', 'Inclusion ratio', 'SPECIAL_CAUSE_CONCERN', 0.5, 0.75, 0.5),
  ];
  const claims = { awaiting: [{ id: 'c1', text: 'A claim', madeOn: '2026-09-01' }], evidenceChanged: [] };
  const cosy = { dissentWarning: true, dissentMonths: 6, conflictSurfacedWarning: false, conflictSurfacedMonths: 0 };

  it('ranks by rule order, the largest problem first within a rule, at most two from one rule', () => {
    const actions = suggestActions(input({ readings: concerns, claims }));
    expect(actions.map((a) => [a.rank, a.rule, a.references[0].id])).toEqual([
      [1, 'PRACTICE_CONCERN', 'Big fall'],
      [2, 'PRACTICE_CONCERN', 'Middle fall'],
      [3, 'POWER_CONCERN', 'Inclusion ratio'],
      [4, 'CLAIMS_AWAITING', 'c1'],
    ]);
  });

  it('suggests at most five, dropping the lowest-ranked', () => {
    const actions = suggestActions(input({ readings: concerns, network: network(3), tooCosy: cosy, claims }));
    expect(actions.map((a) => a.rule)).toEqual(['PRACTICE_CONCERN', 'PRACTICE_CONCERN', 'POWER_CONCERN', 'SECTOR_ONE_SIDED', 'TOO_COSY']);
    expect(actions.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('suggests nothing when no rule fires', () => {
    expect(suggestActions(input({}))).toEqual([]);
  });

  it('withClaimActions: the figures’ actions then the claims’ give exactly the whole input’s list, cap included', () => {
    const changed = { ...claims, evidenceChanged: [{ id: 'c2', text: 'Another claim', madeOn: '2026-08-01' }] };
    const wholes = [input({ readings: concerns, claims }), input({ readings: concerns, network: network(3), tooCosy: cosy, claims }), input({ claims: changed }), input({ readings: concerns.slice(0, 1), claims: changed })];
    for (const whole of wholes) {
      const figuresOnly = suggestActions({ ...whole, claims: null });
      expect(withClaimActions(figuresOnly, whole.claims)).toEqual(suggestActions(whole));
    }
    expect(withClaimActions(suggestActions(input({ readings: concerns.slice(0, 1) })), changed).map((a) => [a.rank, a.rule])).toEqual([
      [1, 'PRACTICE_CONCERN'],
      [2, 'CLAIM_EVIDENCE_CHANGED'],
      [3, 'CLAIMS_AWAITING'],
    ]);
  });
});

describe('ACTION_RULES', () => {
  it('documents every rule once, in the order they rank, with the thresholds the rules use', () => {
    expect(ACTION_RULES.map((r) => r.key)).toEqual(['PRACTICE_CONCERN', 'POWER_CONCERN', 'SECTOR_ONE_SIDED', 'BROKEN_BRIDGE', 'NEW_ISOLATE', 'TOO_COSY', 'CLAIM_EVIDENCE_CHANGED', 'CLAIMS_AWAITING']);
    expect(ACTION_RULES.find((r) => r.key === 'SECTOR_ONE_SIDED')?.text).toContain('at least 3 ties in the month’s network of which at least 50% are one-sided'.replace('’', "'"));
  });
});
