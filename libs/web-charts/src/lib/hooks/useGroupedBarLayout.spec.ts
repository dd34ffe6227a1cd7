import { groupedBarLayout } from './useGroupedBarLayout';

const SERIES = [
  { key: 'seat', label: 'Seat share', color: '#005eb8' },
  { key: 'weight', label: 'Weight share', color: '#aeb7bd' },
];

describe('groupedBarLayout', () => {
  // 400 wide, 200 high; margins 44 left, 8 right, 24 top, 28 bottom: the plot runs x 44–392, y 24–172.
  const layout = groupedBarLayout(
    [
      { key: 'NHS', label: 'NHS', values: [0.5, 0.25], flags: ['Over', null] },
      { key: 'VCSE', label: 'VCSE', values: [null, 0.75] },
    ],
    SERIES,
    400,
    200,
  );

  it('scales values from 0 at the axis to 100% at the top', () => {
    expect(layout.plot).toEqual({ top: 24, right: 392, bottom: 172, left: 44 });
    const [nhsSeat, nhsWeight, vcseSeat, vcseWeight] = layout.bars;
    // 0.5 of the 148-pixel plot is 74 pixels high; 0.25 is 37; 0.75 is 111.
    expect(nhsSeat).toMatchObject({ groupKey: 'NHS', seriesKey: 'seat', value: 0.5, flag: 'Over' });
    expect(nhsSeat.height).toBeCloseTo(74, 6);
    expect(nhsWeight.height).toBeCloseTo(37, 6);
    expect(vcseWeight.height).toBeCloseTo(111, 6);
    // Nothing to show: no height, no flag.
    expect(vcseSeat).toMatchObject({ value: null, height: 0, flag: null });
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it('puts each series side by side within its group, groups left to right', () => {
    const [nhsSeat, nhsWeight, vcseSeat] = layout.bars;
    expect(nhsSeat.x + nhsSeat.width).toBeLessThanOrEqual(nhsWeight.x);
    expect(nhsWeight.x + nhsWeight.width).toBeLessThan(vcseSeat.x);
    expect(layout.groupLabels.map((label) => label.label)).toEqual(['NHS', 'VCSE']);
    expect(layout.groupLabels[0].x).toBeLessThan(layout.groupLabels[1].x);
  });
});
