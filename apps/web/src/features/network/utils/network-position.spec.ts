import { formatMeasure, measureDefinition, positionPeriod } from './network-position';

describe('a partner’s network position over time', () => {
  it('charts the two years to this month, across a year end', () => {
    expect(positionPeriod(new Date('2026-03-31T23:00:00Z'))).toEqual({ fromMonth: '2024-04', toMonth: '2026-03' });
    expect(positionPeriod(new Date('2026-12-01T00:00:00Z'))).toEqual({ fromMonth: '2025-01', toMonth: '2026-12' });
  });

  it('writes ties as a count, strength to two decimals and brokerage to three', () => {
    expect(formatMeasure('degree', 12)).toBe('12');
    expect(formatMeasure('strength', 1.456)).toBe('1.46');
    expect(formatMeasure('betweenness', 1 / 3)).toBe('0.333');
  });

  it('names each measure as the network lib does', () => {
    expect(measureDefinition('betweenness').title).toBe('Brokerage (betweenness)');
    expect(measureDefinition('reach')).toEqual({ title: 'reach', help: '' });
  });
});
