import type { ScoreCell } from '../surveys/surveys.queries';
import { practiceSeries, summarySeries } from './practice-series';
import { monthsEnding } from './scores.service';

/** One cell: respondents of one place set, sector and role group, and how many gave each score. */
const counts = (month: string, question: string, byScore: Record<number, number>, who: Partial<Pick<ScoreCell, 'sector' | 'roleGroup' | 'placeIds'>> = {}): ScoreCell[] => [
  {
    month,
    question,
    sector: who.sector ?? 'NHS',
    roleGroup: who.roleGroup ?? 'EXECUTIVE',
    placeIds: who.placeIds ?? ['ashby'],
    distribution: [1, 2, 3, 4, 5].map((score) => byScore[score] ?? 0),
  },
];

describe('monthsEnding', () => {
  it('counts back across a year end', () => {
    expect(monthsEnding('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('practiceSeries', () => {
  it('summarises each month by hand-checkable figures and hides months under the minimum', () => {
    // 2026-01: scores 3,4,5,4,4 → mean 4, sd √0.5; 2026-02: four responses → suppressed.
    const series = practiceSeries(['2026-01', '2026-02'], [...counts('2026-01', 'SHARED_PURPOSE', { 3: 1, 4: 3, 5: 1 }), ...counts('2026-02', 'SHARED_PURPOSE', { 2: 4 })], {}, 5);
    const purpose = series.find((s) => s.practice === 'SHARED_PURPOSE')!;
    expect(series.map((s) => s.practice)).toEqual(['SAFE_ENVIRONMENT', 'HEALTHY_RELATIONSHIPS', 'SHARED_PURPOSE', 'SHARING_POWER', 'MANAGING_CONFLICT', 'SHARED_DECISIONS']);
    expect(purpose.points[0]).toMatchObject({ month: '2026-01', n: 5, mean: 4, distribution: [0, 0, 1, 3, 1], suppressed: false });
    expect(purpose.points[0].standardDeviation).toBeCloseTo(Math.sqrt(0.5), 10);
    expect(purpose.points[0].confidenceUpper! - 4).toBeCloseTo((2.776445 * Math.sqrt(0.5)) / Math.sqrt(5), 5);
    expect(purpose.points[1]).toMatchObject({ month: '2026-02', n: null, mean: null, distribution: null, suppressed: true, variation: 'common' });
  });

  it('reads the shown months as an XmR chart: 12 months give limits, and a step up shows as improvement', () => {
    const months = monthsEnding('2026-12', 12);
    // Eleven months at mean 3 (five 3s), alternating with 3.2 (four 3s and a 4), then a month of all 5s.
    const data = months.flatMap((month, i) => counts(month, 'SHARING_POWER', i === 11 ? { 5: 5 } : i % 2 ? { 3: 4, 4: 1 } : { 3: 5 }));
    const power = practiceSeries(months, data, {}, 5).find((s) => s.practice === 'SHARING_POWER')!;
    // Means: 3, 3.2, 3, 3.2, … (11 values) then 5. Mean = (6×3 + 5×3.2 + 5)/12 = 39/12 = 3.25.
    expect(power.points[11].processMean).toBeCloseTo(3.25, 10);
    // Moving ranges: ten of 0.2 and one of 1.8; AMR = 3.8/11; 1.8 ≥ 3.267 × AMR (≈1.129) is screened out → AMR = 0.2.
    expect(power.points[11].upperLimit).toBeCloseTo(3.25 + 2.66 * 0.2, 10);
    expect(power.points[11].rules).toEqual(['outside']);
    expect(power.points[11].variation).toBe('improvement');
    expect(power.latestVariation).toBe('improvement');
    expect(power.latestMonth).toBe('2026-12');
    expect(power.limitsNote).toBeNull();
    // A thirteenth month with only 3 answers is hidden; the icon still describes the latest month shown.
    const withHidden = practiceSeries([...months, '2027-01'], [...data, ...counts('2027-01', 'SHARING_POWER', { 1: 3 })], {}, 5).find((s) => s.practice === 'SHARING_POWER')!;
    expect(withHidden.points[12].suppressed).toBe(true);
    expect(withHidden.latestVariation).toBe('improvement');
    expect(withHidden.latestMonth).toBe('2026-12');
    // Other practices have no responses at all.
    expect(practiceSeries(months, data, {}, 5)[0].limitsNote).toBe('No months with enough responses to chart yet');
  });

  it('says why there are no limits with fewer than 12 charted months, and judges no variation', () => {
    const months = monthsEnding('2026-06', 6);
    const purpose = practiceSeries(months, months.flatMap((m) => counts(m, 'SHARED_PURPOSE', { 4: 6 })), {}, 5).find((s) => s.practice === 'SHARED_PURPOSE')!;
    expect(purpose.limitsNote).toMatch(/12/);
    expect(purpose.latestVariation).toBeNull();
    expect(purpose.points.every((p) => p.upperLimit === null)).toBe(true);
  });

  describe('a small sector beside larger ones', () => {
    // VCSE 6, NHS 20, INDEPENDENT 3 in one place and role group. INDEPENDENT is too small; it joins the equally
    // similar block with the fewest respondents (VCSE), so VCSE alone cannot be shown: total − NHS − VCSE would be
    // INDEPENDENT's three answers.
    const cells = [
      ...counts('2026-01', 'SHARED_PURPOSE', { 4: 6 }, { sector: 'VCSE' }),
      ...counts('2026-01', 'SHARED_PURPOSE', { 3: 20 }, { sector: 'NHS' }),
      ...counts('2026-01', 'SHARED_PURPOSE', { 2: 3 }, { sector: 'INDEPENDENT' }),
    ];
    const purpose = (group: Parameters<typeof practiceSeries>[2]) => practiceSeries(['2026-01'], cells, group, 5)[2].points[0];

    it('hides the small sector and the sector it would be worked out from, saying why', () => {
      expect(purpose({ sector: 'INDEPENDENT' })).toMatchObject({ suppressed: true, n: null, suppressionReason: 'Fewer than 5 responses: hidden to protect respondents' });
      expect(purpose({ sector: 'VCSE' })).toMatchObject({ suppressed: true, n: null, mean: null, suppressionReason: expect.stringMatching(/subtracting/) });
    });

    it('shows the total and the large sector', () => {
      expect(purpose({})).toMatchObject({ suppressed: false, n: 29, mean: (6 * 4 + 20 * 3 + 3 * 2) / 29 });
      expect(purpose({ sector: 'NHS' })).toMatchObject({ suppressed: false, n: 20, mean: 3 });
    });

    it('counts a partner serving two places in each of them', () => {
      const twoPlaces = [...counts('2026-01', 'SHARED_PURPOSE', { 5: 5 }, { placeIds: ['ashby', 'brackenford'] }), ...counts('2026-01', 'SHARED_PURPOSE', { 1: 7 }, { placeIds: ['ashby'] })];
      expect(practiceSeries(['2026-01'], twoPlaces, { placeId: 'brackenford' }, 5)[2].points[0]).toMatchObject({ n: 5, mean: 5 });
      expect(practiceSeries(['2026-01'], twoPlaces, { placeId: 'ashby' }, 5)[2].points[0]).toMatchObject({ n: 12 });
    });

    it('counts a combination of places shared by too few in the system only, so every place stays publishable', () => {
      // Ashby 8 and Brackenford 9 on their own; 3 from a partner serving both, 2 from one serving neither. Counting
      // the 3 in both places would force one place to be hidden; pooled with the 2 (5, enough to protect), they
      // count in the total (22) and in neither place.
      const mixed = [
        ...counts('2026-01', 'SHARED_PURPOSE', { 4: 8 }, { placeIds: ['ashby'] }),
        ...counts('2026-01', 'SHARED_PURPOSE', { 2: 9 }, { placeIds: ['brackenford'] }),
        ...counts('2026-01', 'SHARED_PURPOSE', { 5: 3 }, { placeIds: ['ashby', 'brackenford'] }),
        ...counts('2026-01', 'SHARED_PURPOSE', { 3: 2 }, { placeIds: [] }),
      ];
      const point = (placeId?: string) => practiceSeries(['2026-01'], mixed, { placeId }, 5)[2].points[0];
      expect(point()).toMatchObject({ suppressed: false, n: 22 });
      expect(point('ashby')).toMatchObject({ suppressed: false, n: 8, mean: 4 });
      expect(point('brackenford')).toMatchObject({ suppressed: false, n: 9, mean: 2 });
    });
  });

  describe('rebases', () => {
    // Twelve months alternating 3.0 (five 3s) and 3.2 (four 3s and a 4), then twelve alternating 4.0 and 4.2.
    const months = monthsEnding('2026-12', 24);
    const data = months.flatMap((month, i) => counts(month, 'SHARED_PURPOSE', i < 12 ? (i % 2 ? { 3: 4, 4: 1 } : { 3: 5 }) : i % 2 ? { 4: 4, 5: 1 } : { 4: 5 }));
    const rebase = { id: 'r1', practice: 'SHARED_PURPOSE', month: '2026-01', reason: 'Outcomes framework agreed', createdBy: 'Lee Leader', createdAt: new Date('2026-02-01'), withdrawnAt: null };
    const purpose = (rebases = {}) => practiceSeries(months, data, {}, 5, rebases).find((s) => s.practice === 'SHARED_PURPOSE')!;

    it('suggests one where the step up began, the run still going at the latest month', () => {
      // One period: mean 3.6; the first twelve are below it, the last twelve (January to December 2026) above.
      const { rebaseSuggestion, rebases } = purpose();
      expect(rebases).toEqual([]);
      expect(rebaseSuggestion).toMatchObject({ from: '2026-01', months: months.slice(12), direction: 'up' });
      expect(rebaseSuggestion?.reason).toContain('12 months in a row, January 2026 to December 2026, were above the mean of 3.60');
    });

    it('splits the limits at a rebase, each period with its own, and then suggests nothing', () => {
      const series = purpose({ rebases: [rebase] });
      // Before: mean 3.1, AMR 0.2, limits 3.1 ± 2.66 × 0.2. After: mean 4.1, the same AMR.
      expect(series.points[11]).toMatchObject({ processMean: expect.closeTo(3.1, 10), upperLimit: expect.closeTo(3.632, 10), lowerLimit: expect.closeTo(2.568, 10) });
      expect(series.points[12]).toMatchObject({ processMean: expect.closeTo(4.1, 10), upperLimit: expect.closeTo(4.632, 10), movingRange: null });
      expect(series.rebases).toEqual([rebase]);
      expect(series.rebaseSuggestion).toBeNull();
    });

    it('leaves out rebases of other practices and outside the months shown', () => {
      const series = purpose({ rebases: [{ ...rebase, practice: 'SHARING_POWER' }, { ...rebase, month: '2027-01' }] });
      expect(series.rebases).toEqual([]);
      expect(series.points[12].processMean).toBeCloseTo(3.6, 10);
    });

    it('offers no suggestion dismissed for its month, but one for another month', () => {
      expect(purpose({ dismissed: [{ practice: 'SHARED_PURPOSE', month: '2026-01' }] }).rebaseSuggestion).toBeNull();
      expect(purpose({ dismissed: [{ practice: 'SHARED_PURPOSE', month: '2025-12' }, { practice: 'SHARING_POWER', month: '2026-01' }] }).rebaseSuggestion?.from).toBe('2026-01');
    });
  });
});

describe('summarySeries', () => {
  it('charts direction, alignment and commitment from their own cells, in that order, and ignores the practices', () => {
    // Direction in 2026-01: 2,2,3,4,4 → mean 3; alignment: four answers → hidden; commitment: none → hidden.
    const cells = [...counts('2026-01', 'DIRECTION', { 2: 2, 3: 1, 4: 2 }), ...counts('2026-01', 'ALIGNMENT', { 5: 4 }), ...counts('2026-01', 'SHARED_PURPOSE', { 1: 9 })];
    const series = summarySeries(['2026-01'], cells, {}, 5);
    expect(series.map((s) => [s.question, s.name])).toEqual([
      ['DIRECTION', 'Direction'],
      ['ALIGNMENT', 'Alignment'],
      ['COMMITMENT', 'Commitment'],
    ]);
    expect(series[0].points[0]).toMatchObject({ suppressed: false, n: 5, mean: 3, distribution: [0, 2, 1, 2, 0] });
    expect(series[1].points[0]).toMatchObject({ suppressed: true, n: null });
    expect(series[2].points[0]).toMatchObject({ suppressed: true, n: null });
  });
});
