import { checkPowerInput } from '../lib/power-input';
import { tallyPowerInput } from '../lib/participation-tally';
import { generatedLog } from './generated-log.fixture';

describe('generatedLog', () => {
  it('gives the same log every time, with the number of decisions asked for', () => {
    expect(generatedLog(200)).toEqual(generatedLog(200));
    expect(generatedLog(200).decisions).toHaveLength(200);
  });

  it('is a valid log of 40 organisations over 2024 to 2026, reopening only earlier decisions', () => {
    const log = generatedLog(500);
    expect(() => checkPowerInput(tallyPowerInput(log))).not.toThrow();
    expect(log.organisations).toHaveLength(40);
    const index = new Map(log.decisions.map((d, i) => [d.id, i]));
    for (const [i, decision] of log.decisions.entries()) {
      expect(decision.date >= '2024-01-01' && decision.date <= '2026-12-31').toBe(true);
      if (decision.reopensId) expect(index.get(decision.reopensId)).toBeLessThanOrEqual(i);
    }
    // Every kind of participation appears somewhere, so each figure has something to count.
    const flags = ['affected', 'present', 'consulted', 'vote', 'dissented', 'deputy', 'delegatedAuthority'] as const;
    for (const flag of flags) expect(log.decisions.some((d) => d.participants.some((p) => p[flag]))).toBe(true);
  });
});
