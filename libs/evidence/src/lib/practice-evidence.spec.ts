import { PRACTICE_KEYS } from '@stewardship/domain';
import { NETWORK_MEASURE_DEFINITIONS } from './network-measures';
import { PRACTICE_EVIDENCE } from './practice-evidence';

describe('PRACTICE_EVIDENCE', () => {
  it('names figures for every practice, each once', () => {
    expect(Object.keys(PRACTICE_EVIDENCE).sort()).toEqual([...PRACTICE_KEYS].sort());
    for (const { powerFigures, networkMeasures } of Object.values(PRACTICE_EVIDENCE)) {
      expect(new Set(powerFigures).size).toBe(powerFigures.length);
      expect(new Set(networkMeasures).size).toBe(networkMeasures.length);
    }
  });

  it('reads sharing power from who had a say, and relationships from the network', () => {
    expect(PRACTICE_EVIDENCE.SHARING_POWER.powerFigures).toContain('inclusionRatio');
    expect(PRACTICE_EVIDENCE.HEALTHY_RELATIONSHIPS.networkMeasures.every((m) => m in NETWORK_MEASURE_DEFINITIONS)).toBe(true);
  });
});
