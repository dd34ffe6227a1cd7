import { powerIndicators } from './power-indicators';
import type { PowerInput } from './power-input';
import { FIRST_QUARTER_2026 } from '../testing/power-log.fixture';

// Representation is checked through powerIndicators, the way callers reach it; the hand-worked log's rows are in
// power-indicators.spec.ts.
describe('representation', () => {
  // 5 seats: NHS 2, local government 3; weights 1 and 1.
  // NHS ratio = 2 × 2 ÷ (5 × 1) = 0.8; local government = 3 × 2 ÷ (5 × 1) = 1.2
  const input: PowerInput = {
    organisations: [
      { id: 'A', sector: 'NHS', weight: 1 },
      { id: 'B', sector: 'LOCAL_GOVERNMENT', weight: 1 },
    ],
    seats: [
      ...['F1', 'F2'].map((forumId) => ({ organisationId: 'A', forumId, voting: true, from: '2025-01-01' })),
      ...['F1', 'F2', 'F3'].map((forumId) => ({ organisationId: 'B', forumId, voting: true, from: '2025-01-01' })),
    ],
    decisions: [],
  };
  const flags = (options = {}) =>
    powerIndicators(input, FIRST_QUARTER_2026, options).representation.slice(0, 2).map((row) => [row.seatRatio, row.seatFlag]);

  it('does not flag a ratio exactly on the default lower threshold (0.8)', () => {
    expect(flags()).toEqual([
      [0.8, null],
      [1.2, null],
    ]);
  });

  it('counts an organisation once per seat it holds', () => {
    const nhs = powerIndicators(input, FIRST_QUARTER_2026).representation[0];
    expect(nhs).toMatchObject({ seats: 2, seatShare: 0.4 });
  });

  it('flags below and above thresholds given as options', () => {
    expect(flags({ underRepresentedBelow: 0.81 })).toEqual([
      [0.8, 'under'],
      [1.2, null],
    ]);
    // 1.2 on an upper threshold of 1.2 is not flagged; above 1.19 it is
    expect(flags({ overRepresentedAbove: 1.2 })[1]).toEqual([1.2, null]);
    expect(flags({ overRepresentedAbove: 1.19 })[1]).toEqual([1.2, 'over']);
  });

  it('rejects thresholds that cannot be met', () => {
    expect(() => powerIndicators(input, FIRST_QUARTER_2026, { underRepresentedBelow: 0 })).toThrow('options.underRepresentedBelow');
    expect(() => powerIndicators(input, FIRST_QUARTER_2026, { underRepresentedBelow: 1.5, overRepresentedAbove: 1.2 })).toThrow(
      'options.overRepresentedAbove',
    );
  });

  it('gives a null ratio for a sector with seats but no weight', () => {
    const withoutWeight: PowerInput = {
      organisations: [{ id: 'A', sector: 'NHS', weight: 1 }, { id: 'B', sector: 'VCSE' }],
      seats: [
        { organisationId: 'A', forumId: 'F', voting: true, from: '2025-01-01' },
        { organisationId: 'B', forumId: 'F', voting: true, from: '2025-01-01' },
      ],
      decisions: [],
    };
    const vcse = powerIndicators(withoutWeight, FIRST_QUARTER_2026).representation[2];
    // seats 1/2, weight 0/1 → seat share 0.5 ÷ weight share 0 has no value
    expect(vcse).toMatchObject({ seatShare: 0.5, weightShare: 0, seatRatio: null, seatFlag: null });
  });
});
