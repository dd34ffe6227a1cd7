import { monthlyPowerIndicators } from './monthly-power-indicators';
import { tallyPowerInput } from './participation-tally';
import { powerIndicators } from './power-indicators';
import { PowerInputError } from './power-input';
import { generatedLog } from '../testing/generated-log.fixture';
import { FIRST_QUARTER_2026, HAND_WORKED_LOG } from '../testing/power-log.fixture';

describe('tallyPowerInput', () => {
  const tallied = tallyPowerInput(HAND_WORKED_LOG);

  it('keeps every participant, counted once, on its decision’s date', () => {
    const listed = HAND_WORKED_LOG.decisions.reduce((sum, decision) => sum + decision.participants.length, 0);
    expect(tallied.participation.reduce((sum, tally) => sum + tally.count, 0)).toBe(listed);
    for (const decision of HAND_WORKED_LOG.decisions) {
      const onDate = HAND_WORKED_LOG.decisions.filter((d) => d.date === decision.date).reduce((sum, d) => sum + d.participants.length, 0);
      expect(tallied.participation.filter((t) => t.date === decision.date).reduce((sum, t) => sum + t.count, 0)).toBe(onDate);
    }
  });

  it('marks a decision dissented when any one participant dissented', () => {
    // In the first quarter, d1 (C) and d3 (D) have a dissenting participant; d2 and d4 none.
    const dissented = Object.fromEntries(tallied.decisions.map((decision) => [decision.id, decision.dissented]));
    expect(dissented).toMatchObject({ d1: true, d2: false, d3: true, d4: false });
  });

  it('counts participants who took part the same way on the same date together', () => {
    const twins = tallyPowerInput({
      ...HAND_WORKED_LOG,
      decisions: [HAND_WORKED_LOG.decisions[1], { ...HAND_WORKED_LOG.decisions[1], id: 'copy' }],
    });
    expect(twins.participation.every((tally) => tally.count % 2 === 0)).toBe(true);
  });
});

describe('the figures from a tallied log', () => {
  it('equal those from the listed log, period by period', () => {
    const log = generatedLog(5_000);
    const tallied = tallyPowerInput(log);
    for (const period of [FIRST_QUARTER_2026, { from: '2024-01-01', to: '2026-12-31' }, { from: '2025-02-14', to: '2025-02-14' }]) {
      expect(powerIndicators(tallied, period)).toEqual(powerIndicators(log, period));
    }
    expect(powerIndicators(tallyPowerInput(HAND_WORKED_LOG), FIRST_QUARTER_2026)).toEqual(powerIndicators(HAND_WORKED_LOG, FIRST_QUARTER_2026));
  });

  it('equal those from the listed log, month by month', () => {
    const log = generatedLog(5_000);
    const range = { from: '2024-01', to: '2026-12' };
    expect(monthlyPowerIndicators(tallyPowerInput(log), range)).toEqual(monthlyPowerIndicators(log, range));
  });

  it('names a tally with a bad date or count', () => {
    const tallied = tallyPowerInput(HAND_WORKED_LOG);
    const withTally = (change: object) => ({ ...tallied, participation: tallied.participation.map((t, i) => (i === 2 ? { ...t, ...change } : t)) });
    expect(() => powerIndicators(withTally({ date: '2026-02-30' }), FIRST_QUARTER_2026)).toThrow(PowerInputError);
    expect(() => powerIndicators(withTally({ date: '2026-02-30' }), FIRST_QUARTER_2026)).toThrow('participation[2].date');
    expect(() => powerIndicators(withTally({ count: 0 }), FIRST_QUARTER_2026)).toThrow('participation[2].count: must be a whole number above 0');
    expect(() => powerIndicators(withTally({ count: 1.5 }), FIRST_QUARTER_2026)).toThrow('participation[2].count');
  });
});
