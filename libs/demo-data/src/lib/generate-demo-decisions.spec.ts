import { participationProblem } from '@stewardship/domain';
import { monthlyPowerIndicators, powerIndicators, type PowerInput } from '@stewardship/power';
import { DECISION_STORY, DEFAULT_DECISION_MONTHS, generateDemoDecisions } from './generate-demo-decisions';
import { generateDemoSystem } from './generate-demo-system';

const system = generateDemoSystem();
const decisions = generateDemoDecisions(system);

/** The demo log as libs/power reads it, for one forum or all. */
function powerInput(forumKey?: string): PowerInput {
  return {
    organisations: system.organisations.map((o) => ({ id: o.key, sector: o.sector, ...(o.weight === null ? {} : { weight: o.weight }) })),
    seats: system.seats.map((s) => ({ organisationId: s.organisationKey, forumId: s.forumKey, voting: s.voting, from: s.from, ...(s.to ? { to: s.to } : {}) })),
    decisions: decisions
      .filter((d) => !forumKey || d.forumKey === forumKey)
      .map((d) => ({
        id: d.key,
        forumId: d.forumKey,
        date: d.date,
        ...(d.proposerKey ? { proposerId: d.proposerKey } : {}),
        outsideForum: d.outsideForum,
        conflictSurfaced: d.conflictSurfaced,
        ...(d.reopensKey ? { reopensId: d.reopensKey } : {}),
        participants: d.participants.map(({ organisationKey, ...p }) => ({ organisationId: organisationKey, ...p })),
      })),
  };
}
const WHOLE = { from: '2023-11-01', to: '2026-10-31' };

describe('generateDemoDecisions', () => {
  it('gives about 2,000 decisions over 36 months, the same every time', () => {
    expect(decisions.length).toBeGreaterThan(1700);
    expect(decisions.length).toBeLessThan(2300);
    const months = new Set(decisions.map((d) => d.date.slice(0, 7)));
    expect(months.size).toBe(DEFAULT_DECISION_MONTHS);
    expect(generateDemoDecisions(system).map((d) => d.key)).toEqual(decisions.map((d) => d.key));
  });

  it('records only what could be true: participants seated on the day, rules of participation kept, reopening earlier decisions', () => {
    const byKey = new Map(decisions.map((d) => [d.key, d]));
    for (const d of decisions) {
      for (const p of d.participants) {
        expect(participationProblem(p)).toBeNull();
        expect(system.seats.some((s) => s.forumKey === d.forumKey && s.organisationKey === p.organisationKey && s.from <= d.date && (s.to === null || d.date <= s.to))).toBe(true);
      }
      if (d.reopensKey) expect(byKey.get(d.reopensKey)!.date <= d.date).toBe(true);
    }
    expect(decisions.filter((d) => d.amendment).length).toBeGreaterThan(20);
  });

  it('lets the largest acute trust propose far more than an equal share', () => {
    const acute = [...system.organisations].filter((o) => o.kind === 'ACUTE_TRUST').sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0];
    const share = decisions.filter((d) => d.proposerKey === acute.key).length / decisions.length;
    expect(share).toBeGreaterThan(0.25);
    expect(powerIndicators(powerInput(), WHOLE).proposerGini).toBeGreaterThan(0.5);
  });

  it('lets inclusion fall on one place board, from its first year to its last', () => {
    const monthly = monthlyPowerIndicators(powerInput(DECISION_STORY.fallingInclusionForum), { from: '2023-11', to: '2026-10' });
    const mean = (rows: typeof monthly) => rows.reduce((sum, r) => sum + (r.indicators.inclusionRatio ?? 0), 0) / rows.length;
    expect(mean(monthly.slice(0, 12)) - mean(monthly.slice(-12))).toBeGreaterThan(0.2);
  });

  it('keeps one programme board free of recorded dissent and conflict for its last twelve months, and not before', () => {
    const monthly = monthlyPowerIndicators(powerInput(DECISION_STORY.quietForum), { from: '2023-11', to: '2026-10' });
    for (const { indicators } of monthly.slice(-DECISION_STORY.quietMonths)) {
      expect(indicators.dissentRate).toBe(0);
      expect(indicators.conflictSurfacedRate).toBe(0);
    }
    expect(monthly.slice(0, -DECISION_STORY.quietMonths).some(({ indicators }) => (indicators.conflictSurfacedRate ?? 0) > 0)).toBe(true);
  });

  it('sends deputies without authority mostly from local government', () => {
    const sectorOf = new Map(system.organisations.map((o) => [o.key, o.sector]));
    const withoutAuthority = decisions.flatMap((d) => d.participants).filter((p) => p.deputy && !p.delegatedAuthority);
    const present = decisions.flatMap((d) => d.participants).filter((p) => p.present);
    const share = (rows: typeof present) => rows.filter((p) => sectorOf.get(p.organisationKey) === DECISION_STORY.deputiesSector).length / rows.length;
    // Local government's share of deputies without authority is several times its share of those present.
    expect(share(withoutAuthority)).toBeGreaterThan(3 * share(present));
  });

  it('gives the large system about 50,000 decisions from its 80 forums over 36 months, every forum deciding every month', () => {
    const large = generateDemoSystem({ scale: 'large' });
    const log = generateDemoDecisions(large);
    expect(log.length).toBeGreaterThan(45_000);
    expect(log.length).toBeLessThan(55_000);
    expect(new Set(log.map((d) => d.forumKey)).size).toBe(80);
    expect(new Set(log.map((d) => d.key)).size).toBe(log.length);
    const byKey = new Map(log.map((d) => [d.key, d]));
    expect(log.filter((d) => d.reopensKey !== null && !(byKey.get(d.reopensKey)!.date <= d.date))).toEqual([]);
  });
});
