import { chartPoints, figureTableRows, figureText, NO_DECISIONS, ratioText, representationGroups, type PowerFigureSeries, type SectorRepresentation } from './power-format';

const series: PowerFigureSeries = {
  figure: 'inclusionRatio',
  limitsNote: 'Limits need at least 12 points',
  latestVariation: null,
  latestMonth: null,
  points: [
    { month: '2026-01', value: 2 / 3, movingRange: null, processMean: 0.5, lowerLimit: 0.2, upperLimit: 0.8, rules: [], variation: 'common' },
    { month: '2026-02', value: null, movingRange: null, processMean: null, lowerLimit: null, upperLimit: null, rules: [], variation: 'common' },
  ],
};

describe('power figures as text', () => {
  it('writes shares as percentages, the indices to two decimals and the count whole', () => {
    expect(figureText('inclusionRatio', 2 / 3, 3)).toBe('66.7%');
    expect(figureText('proposerHhi', 5 / 9, 3)).toBe('0.56');
    expect(figureText('decisionCount', 1234, 1234)).toBe('1,234');
    expect(figureText('dissentRate', 0, 3)).toBe('0.0%');
  });

  it('never writes an empty figure as 0: it says there were no decisions, or why the figure is empty', () => {
    expect(figureText('inclusionRatio', null, 0)).toBe(NO_DECISIONS);
    expect(figureText('inclusionRatio', null, 4)).toBe('No decision in the period recorded an affected partner.');
  });

  it('charts months without a value as gaps that say why, and tabulates every month', () => {
    const points = chartPoints(series);
    expect(points[1]).toMatchObject({ month: '2026-02', value: null, gapReason: 'February 2026: No decision in the period recorded an affected partner.' });
    expect(figureTableRows(series)).toEqual([
      { month: 'January 2026', value: '66.7%', processMean: '50.0%', limits: '20.0% to 80.0%', variation: 'Common cause variation' },
      { month: 'February 2026', value: 'Empty: No decision in the period recorded an affected partner.', processMean: '', limits: '', variation: '' },
    ]);
  });

  it('puts seat, vote and weight share side by side per sector, flags marked', () => {
    const row: SectorRepresentation = {
      sector: 'VCSE', seats: 1, votingSeats: 0, weight: 10, seatShare: 1 / 3, voteShare: 0, weightShare: 0.1, seatRatio: 10 / 3, voteRatio: 0, seatFlag: 'over', voteFlag: 'under',
    };
    expect(representationGroups([row])).toEqual([{ key: 'VCSE', label: 'VCSE', values: [1 / 3, 0, 0.1], flags: ['Over', 'Under', null] }]);
    expect(ratioText(10 / 3, 'over')).toBe('3.33 (over-represented)');
    expect(ratioText(null, null)).toBe('No ratio');
  });
});
