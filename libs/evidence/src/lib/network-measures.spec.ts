import { isNetworkMeasure, NETWORK_MEASURE_DEFINITIONS, NETWORK_MEASURES } from './network-measures';

describe('NETWORK_MEASURE_DEFINITIONS', () => {
  it('defines every measure, a partner’s or a network’s', () => {
    expect(Object.keys(NETWORK_MEASURE_DEFINITIONS)).toEqual([...NETWORK_MEASURES]);
    expect(NETWORK_MEASURES.filter((m) => NETWORK_MEASURE_DEFINITIONS[m].of === 'partner')).toEqual(['degree', 'strength', 'betweenness']);
    expect(NETWORK_MEASURES.filter((m) => NETWORK_MEASURE_DEFINITIONS[m].of === 'network')).toEqual(['density', 'reciprocity']);
  });

  it('has no better way for brokerage', () => {
    expect(NETWORK_MEASURE_DEFINITIONS.betweenness.improvement).toBe('neither');
    expect(NETWORK_MEASURE_DEFINITIONS.reciprocity.improvement).toBe('increase');
  });

  it('knows its own measures', () => {
    expect(isNetworkMeasure('density')).toBe(true);
    expect(isNetworkMeasure('closeness')).toBe(false);
  });
});
