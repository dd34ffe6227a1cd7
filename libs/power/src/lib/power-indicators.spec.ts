import { powerIndicators } from './power-indicators';
import { PowerInputError, type PowerInput } from './power-input';
import { FIRST_QUARTER_2026, HAND_WORKED_LOG } from '../testing/power-log.fixture';

describe('powerIndicators on the hand-worked log, first quarter of 2026', () => {
  const result = powerIndicators(HAND_WORKED_LOG, FIRST_QUARTER_2026);

  it('counts the decisions dated within the period, both days included', () => {
    // d1 (01-10), d2 (02-15), d3 (03-31, the last day), d4 (03-05); not d0 (2025-12-31) nor d5 (2026-04-01)
    expect(result.decisionCount).toBe(4);
  });

  it('inclusion ratio: affected participants with a say ÷ affected participants', () => {
    // affected: d1 A (present, votes: say), d1 B (present, neither votes nor consulted: no say),
    // d2 A (deputy with authority, votes: say), d2 B (deputy without authority: no say),
    // d2 C (consulted but absent: no say), d3 A (present, consulted: say) → 3 ÷ 6
    expect(result.inclusionRatio).toBe(0.5);
  });

  it('share of decisions taken outside the forum', () => {
    // d2 only → 1 ÷ 4
    expect(result.outsideForumShare).toBe(0.25);
  });

  it('share of present participants who are deputies without authority', () => {
    // present: d1 A, B, C; d2 A, B; d3 A, D → 7; deputies without authority: d2 B, d3 D → 2 ÷ 7
    expect(result.deputiesWithoutAuthorityShare).toBeCloseTo(2 / 7, 12);
  });

  it('proposer concentration over seat-holders, zeros included', () => {
    // forums with decisions: F1, F2; seats overlapping the quarter there: A (1, 2), B (3), C (4), D (5, to 01-31)
    // proposals: A 2 (d1, d2), B 1 (d3), C 0 (d0 is before the period), D 0; d4 has no proposer → [2, 1, 0, 0]
    // HHI = (2/3)² + (1/3)² = 5/9
    expect(result.proposerHhi).toBeCloseTo(5 / 9, 12);
    // Gini = Σ|xi − xj| ÷ (2 n² x̄) = 14 ÷ (2 × 16 × 3/4) = 14/24 = 7/12
    expect(result.proposerGini).toBeCloseTo(7 / 12, 12);
  });

  it('shares of reopened decisions, dissent and conflict surfaced', () => {
    // reopens: d2 → 1 ÷ 4
    expect(result.reopenedShare).toBe(0.25);
    // a dissenting participant: d1 (C), d3 (D) → 2 ÷ 4
    expect(result.dissentRate).toBe(0.5);
    // conflict surfaced: d1, d4 → 2 ÷ 4
    expect(result.conflictSurfacedRate).toBe(0.5);
  });

  it('representation on the last day, every sector, the one without seats included', () => {
    // held on 2026-03-31: seats 1 (A), 2 (A, ends that day), 3 (B), 4 (C) → 4 seats, 3 of them voting (1, 2, 3);
    // not 5 (ended 01-31) nor 6 (starts 04-01). Weight: A 5 + B 2 + C 1 + E 2 = 10 (D has none).
    // ratio = (s × W) ÷ (S × w)
    const [nhs, localGovernment, vcse, independent] = result.representation;
    expect(result.representation.map((row) => row.sector)).toEqual(['NHS', 'LOCAL_GOVERNMENT', 'VCSE', 'INDEPENDENT']);
    // NHS: seats 2/4, votes 2/3, weight 5/10; seat ratio 2×10 ÷ (4×5) = 1; vote ratio 2×10 ÷ (3×5) = 4/3 > 1.25
    expect(nhs).toMatchObject({ seats: 2, votingSeats: 2, weight: 5, seatShare: 0.5, weightShare: 0.5, seatRatio: 1 });
    expect(nhs).toMatchObject({ seatFlag: null, voteFlag: 'over' });
    expect(nhs.voteShare).toBeCloseTo(2 / 3, 12);
    expect(nhs.voteRatio).toBeCloseTo(4 / 3, 12);
    // Local government: seats 1/4, votes 1/3, weight 2/10; seat ratio 1×10 ÷ (4×2) = 1.25, on the threshold: not
    // flagged; vote ratio 1×10 ÷ (3×2) = 5/3 > 1.25
    expect(localGovernment).toMatchObject({ seats: 1, votingSeats: 1, weight: 2, seatShare: 0.25, weightShare: 0.2 });
    expect(localGovernment).toMatchObject({ seatRatio: 1.25, seatFlag: null, voteFlag: 'over' });
    expect(localGovernment.voteRatio).toBeCloseTo(5 / 3, 12);
    // VCSE: seats 1/4 (C's non-voting seat), votes 0/3, weight 1/10; seat ratio 1×10 ÷ (4×1) = 2.5; vote ratio 0
    expect(vcse).toMatchObject({ seats: 1, votingSeats: 0, weight: 1, seatShare: 0.25, voteShare: 0, weightShare: 0.1 });
    expect(vcse).toMatchObject({ seatRatio: 2.5, voteRatio: 0, seatFlag: 'over', voteFlag: 'under' });
    // Independent: no seats, weight 2/10 → both ratios 0, under-represented
    expect(independent).toEqual({
      sector: 'INDEPENDENT',
      seats: 0,
      votingSeats: 0,
      weight: 2,
      seatShare: 0,
      voteShare: 0,
      weightShare: 0.2,
      seatRatio: 0,
      voteRatio: 0,
      seatFlag: 'under',
      voteFlag: 'under',
    });
  });
});

describe('powerIndicators with nothing to divide by', () => {
  it('gives null, never 0 or NaN, for a period without decisions', () => {
    const result = powerIndicators(HAND_WORKED_LOG, { from: '2026-05-01', to: '2026-05-31' });
    expect(result).toMatchObject({
      decisionCount: 0,
      inclusionRatio: null,
      outsideForumShare: null,
      deputiesWithoutAuthorityShare: null,
      proposerHhi: null,
      proposerGini: null,
      reopenedShare: null,
      dissentRate: null,
      conflictSurfacedRate: null,
    });
  });

  it('gives null inclusion and deputies shares when decisions record nobody affected or present', () => {
    const result = powerIndicators({ ...HAND_WORKED_LOG, decisions: [HAND_WORKED_LOG.decisions[4]] }, FIRST_QUARTER_2026);
    expect(result).toMatchObject({ decisionCount: 1, inclusionRatio: null, deputiesWithoutAuthorityShare: null, dissentRate: 0 });
  });

  it('gives null shares and ratios when nobody holds a seat or has a weight', () => {
    const result = powerIndicators({ organisations: [{ id: 'A', sector: 'NHS' }], seats: [], decisions: [] }, FIRST_QUARTER_2026);
    expect(result.representation[0]).toMatchObject({ seatShare: null, voteShare: null, weightShare: null });
    expect(result.representation[0]).toMatchObject({ seatRatio: null, voteRatio: null, seatFlag: null, voteFlag: null });
  });

});

describe('proposer concentration: who counts', () => {
  // P and Q sit on F1, where January's decisions are taken; R sits only on F9, which took none; S's seat on F1 ended
  // before January; T has no seat.
  const input: PowerInput = {
    organisations: ['P', 'Q', 'R', 'S', 'T'].map((id) => ({ id, sector: 'NHS' })),
    seats: [
      { organisationId: 'P', forumId: 'F1', voting: true, from: '2025-01-01' },
      { organisationId: 'Q', forumId: 'F1', voting: true, from: '2025-01-01' },
      { organisationId: 'R', forumId: 'F9', voting: true, from: '2025-01-01' },
      { organisationId: 'S', forumId: 'F1', voting: true, from: '2025-01-01', to: '2025-12-31' },
    ],
    decisions: [
      { proposerId: 'P' },
      { proposerId: 'P' },
      { proposerId: 'T' },
      { proposerId: 'R' },
      { proposerId: 'S' },
      { proposerId: undefined },
    ].map(({ proposerId }, index) => ({
      id: `d${index}`,
      forumId: 'F1',
      date: '2026-01-15',
      proposerId,
      outsideForum: false,
      conflictSurfaced: false,
      participants: [],
    })),
  };
  const january = { from: '2026-01-01', to: '2026-01-31' };

  it('counts seat-holders of the forums that decided, and nobody else', () => {
    // seat-holders: P (2 proposals), Q (0); T, R and S's proposals and the one without a proposer add to nobody
    // → [2, 0]: HHI = 1² = 1; Gini = (n − 1)/n = 1/2
    const result = powerIndicators(input, january);
    expect(result.decisionCount).toBe(6);
    expect(result.proposerHhi).toBe(1);
    expect(result.proposerGini).toBe(0.5);
  });

  it('gives HHI 1/n and Gini 0 when seat-holders propose equally', () => {
    // P 1, Q 1 → HHI 2 × (1/2)² = 1/2; Gini 0
    const equal = { ...input, decisions: [input.decisions[0], { ...input.decisions[1], proposerId: 'Q' }] };
    const result = powerIndicators(equal, january);
    expect(result.proposerHhi).toBe(0.5);
    expect(result.proposerGini).toBe(0);
  });

  it('gives null HHI and Gini when seat-holders proposed nothing', () => {
    const result = powerIndicators({ ...input, decisions: input.decisions.slice(2) }, january);
    expect(result.proposerHhi).toBeNull();
    expect(result.proposerGini).toBeNull();
  });
});

describe('powerIndicators input checks', () => {
  /** The field a PowerInputError names when the first quarter is computed from `changes` to the hand-worked log. */
  const fieldOf = (changes: Partial<PowerInput>, period = FIRST_QUARTER_2026) => {
    try {
      powerIndicators({ ...HAND_WORKED_LOG, ...changes }, period);
    } catch (error) {
      if (error instanceof PowerInputError) return error.field;
      throw error;
    }
    throw new Error('expected a PowerInputError');
  };
  const { organisations, seats, decisions } = HAND_WORKED_LOG;
  const changed = <T>(rows: readonly T[], at: number, change: Partial<T>) =>
    rows.map((row, index) => (index === at ? { ...row, ...change } : row));

  it('names the period field with a bad or reversed date', () => {
    expect(fieldOf({}, { from: '2026-1-1', to: '2026-03-31' })).toBe('period.from');
    expect(fieldOf({}, { from: '2026-01-01', to: '2026-02-30' })).toBe('period.to');
    expect(fieldOf({}, { from: '2026-03-01', to: '2026-02-01' })).toBe('period.to');
  });

  it('names the seat or decision with a bad date', () => {
    expect(fieldOf({ seats: changed(seats, 1, { from: '2026-02-30' }) })).toBe('seats[1].from');
    expect(fieldOf({ seats: changed(seats, 2, { to: '2024-12-31' }) })).toBe('seats[2].to');
    const badDate = { ...HAND_WORKED_LOG, decisions: changed(decisions, 3, { date: '31/03/2026' }) };
    expect(() => powerIndicators(badDate, FIRST_QUARTER_2026)).toThrow(
      'decisions[3].date: must be a real date as yyyy-mm-dd; got "31/03/2026"',
    );
  });

  it('names an organisation with an unknown sector, a bad weight or a repeated id, and a seat of nobody known', () => {
    expect(fieldOf({ organisations: changed(organisations, 1, { sector: 'ACUTE' }) })).toBe('organisations[1].sector');
    expect(fieldOf({ organisations: changed(organisations, 2, { weight: -1 }) })).toBe('organisations[2].weight');
    expect(fieldOf({ organisations: changed(organisations, 4, { id: 'A' }) })).toBe('organisations[4].id');
    expect(fieldOf({ seats: changed(seats, 5, { organisationId: 'Z' }) })).toBe('seats[5].organisationId');
  });
});
