import { complementHidden, practiceSeries, ScoreCount } from './practice-series';
import { monthsEnding } from './scores.service';

const counts = (month: string, practice: ScoreCount['practice'], byScore: Record<number, number>, group?: string): ScoreCount[] =>
  Object.entries(byScore).map(([score, count]) => ({ month, practice, score: Number(score), count, group }));

describe('monthsEnding', () => {
  it('counts back across a year end', () => {
    expect(monthsEnding('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('practiceSeries', () => {
  it('summarises each month by hand-checkable figures and hides months under the minimum', () => {
    // 2026-01: scores 3,4,5,4,4 → mean 4, sd √0.5; 2026-02: four responses → suppressed.
    const series = practiceSeries(['2026-01', '2026-02'], [...counts('2026-01', 'SHARED_PURPOSE', { 3: 1, 4: 3, 5: 1 }), ...counts('2026-02', 'SHARED_PURPOSE', { 2: 4 })], new Set(), 5);
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
    const power = practiceSeries(months, data, new Set(), 5).find((s) => s.practice === 'SHARING_POWER')!;
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
    const withHidden = practiceSeries([...months, '2027-01'], [...data, ...counts('2027-01', 'SHARING_POWER', { 1: 3 })], new Set(), 5).find((s) => s.practice === 'SHARING_POWER')!;
    expect(withHidden.points[12].suppressed).toBe(true);
    expect(withHidden.latestVariation).toBe('improvement');
    expect(withHidden.latestMonth).toBe('2026-12');
    // Other practices have no responses at all.
    expect(practiceSeries(months, data, new Set(), 5)[0].limitsNote).toBe('No months with enough responses to chart yet');
  });

  it('says why there are no limits with fewer than 12 charted months, and judges no variation', () => {
    const months = monthsEnding('2026-06', 6);
    const purpose = practiceSeries(months, months.flatMap((m) => counts(m, 'SHARED_PURPOSE', { 4: 6 })), new Set(), 5).find((s) => s.practice === 'SHARED_PURPOSE')!;
    expect(purpose.limitsNote).toMatch(/12/);
    expect(purpose.latestVariation).toBeNull();
    expect(purpose.points.every((p) => p.upperLimit === null)).toBe(true);
  });

  it('hides a cell named in `hidden` even when it is big enough, saying why', () => {
    const series = practiceSeries(['2026-01'], counts('2026-01', 'SHARED_PURPOSE', { 4: 9 }), new Set(['2026-01|SHARED_PURPOSE']), 5);
    expect(series[2].points[0]).toMatchObject({ suppressed: true, n: null, mean: null, suppressionReason: expect.stringMatching(/subtracting/) });
  });
});

describe('complementHidden', () => {
  it('hides the selected group when it is the smallest shown sibling of a small group', () => {
    // VCSE 6, NHS 20, INDEPENDENT 3: INDEPENDENT is small; VCSE (the smallest shown) must go too, or total − NHS − VCSE reveals it.
    const siblings = [
      ...counts('2026-01', 'SHARED_PURPOSE', { 4: 6 }, 'VCSE'),
      ...counts('2026-01', 'SHARED_PURPOSE', { 3: 20 }, 'NHS'),
      ...counts('2026-01', 'SHARED_PURPOSE', { 2: 3 }, 'INDEPENDENT'),
    ];
    expect([...complementHidden(siblings, 'VCSE', 5)]).toEqual(['2026-01|SHARED_PURPOSE']);
    expect([...complementHidden(siblings, 'NHS', 5)]).toEqual([]);
  });

  it('hides nothing extra when every sibling is big enough', () => {
    const siblings = [...counts('2026-01', 'SHARED_PURPOSE', { 4: 6 }, 'VCSE'), ...counts('2026-01', 'SHARED_PURPOSE', { 3: 7 }, 'NHS')];
    expect(complementHidden(siblings, 'VCSE', 5).size).toBe(0);
  });
});
