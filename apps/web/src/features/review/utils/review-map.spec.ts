import type { WeakLinkKind } from '../../../generated/graphql';
import { missingReviewFixture, networkMapFixture, reviewFixture } from './review-fixtures';
import { reviewDrawsNetworkMap, reviewMapLayout, reviewMapSummary, type ReviewNetworkMap } from './review-map';

function mapOf(
  partners: { x: number; y: number; sector?: string; articulationPoint?: boolean }[],
  ties: [number, number, number][] = [],
  weakLinks: [WeakLinkKind, number, number | null][] = [],
): ReviewNetworkMap {
  return {
    month: '2026-10',
    suppressed: false,
    suppressionReason: null,
    partners: {
      sectors: partners.map((partner) => partner.sector ?? 'NHS'),
      xs: partners.map((partner) => partner.x),
      ys: partners.map((partner) => partner.y),
      articulationPoints: partners.flatMap((partner, i) => (partner.articulationPoint ? [i] : [])),
    },
    ties: { sources: ties.map(([a]) => a), targets: ties.map(([, b]) => b), strengths: ties.map(([, , s]) => s) },
    weakLinks: [...new Set(weakLinks.map(([kind]) => kind))].map((kind) => {
      const ofKind = weakLinks.filter(([k]) => k === kind);
      return { kind, sources: ofKind.map(([, a]) => a), targets: ofKind.map(([, , b]) => b) };
    }),
  };
}

describe('the review’s small network map', () => {
  it('scales the kept positions alike on both axes to fit the canvas less 8 px padding, centred, y up', () => {
    // 100 × 75 less padding is 84 × 59; the spread is 2 × 1, so 42 px a unit (84/2 < 59/1), centred on (50, 37.5).
    const layout = reviewMapLayout(mapOf([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 0, y: 1 }]), 100, 75);
    expect(layout.partners.map(({ x, y }) => [x, y])).toEqual([
      [8, 58.5],
      [92, 58.5],
      [8, 16.5],
    ]);
  });

  it('puts a lone partner in the middle', () => {
    const layout = reviewMapLayout(mapOf([{ x: 5, y: 5 }]), 100, 75);
    expect(layout.partners.map(({ x, y }) => [x, y])).toEqual([[50, 37.5]]);
  });

  it('draws ties in five bands of strength, weakest first, as the network page draws them thinned to 0.3', () => {
    const layout = reviewMapLayout(mapOf([{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 1 }]), 100, 75);
    const [weak, , , , strong] = layout.tieBands;
    expect(layout.tieBands.map((band) => band.strength)).toEqual([0.1, 0.3, 0.5, 0.7, 0.9]);
    // Width (0.5 + 3 × strength) × 0.3; opacity 0.2 + 0.6 × strength, as on the network page while there are ≤ 1,000 ties.
    expect(weak.width).toBeCloseTo(0.24);
    expect(weak.colour).toBe('rgba(118,134,146,0.260)');
    expect(strong.width).toBeCloseTo(0.96);
    expect(strong.colour).toBe('rgba(118,134,146,0.740)');

    const tied = reviewMapLayout(mapOf([{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 1 }], [[0, 1, 0.05], [1, 2, 1], [0, 2, 0.95]]), 100, 75);
    expect(tied.tieBands.map((band) => band.segments.length)).toEqual([1, 0, 0, 0, 2]);
  });

  it('fades ties by the square root of how many more than 1,000 there are', () => {
    // 4,000 ties: opacity × √(1000/4000) = × 0.5, so the strongest band's 0.74 is 0.37.
    const ties = Array.from({ length: 4000 }, (): [number, number, number] => [0, 1, 1]);
    const layout = reviewMapLayout(mapOf([{ x: 0, y: 0 }, { x: 1, y: 0 }], ties), 100, 75);
    expect(layout.tieBands[4].colour).toBe('rgba(118,134,146,0.370)');
  });

  it('draws a flagged pair once in the colour of the kind most worth acting on, the most pressing kinds last (on top)', () => {
    const layout = reviewMapLayout(
      mapOf(
        [{ x: 0, y: 0, articulationPoint: true }, { x: 1, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 1, sector: 'VCSE' }],
        [[0, 1, 0.5]],
        [['ONE_SIDED', 0, 1], ['DECLINING', 1, 0], ['MISSING', 2, 3], ['PERIPHERAL', 3, null], ['PERIPHERAL', 0, null]],
      ),
      100,
      75,
    );
    expect(layout.weakLinks.map((group) => [group.kind, group.colour, group.segments.length])).toEqual([
      ['MISSING', 'rgb(0, 117, 143)', 1],
      ['LOW_STRENGTH', 'rgb(179, 90, 0)', 0],
      ['ONE_SIDED', 'rgb(124, 40, 85)', 0],
      ['DECLINING', 'rgb(213, 40, 27)', 1],
    ]);
    // A single point of failure is a diamond even when peripheral too; sector colours as on the network page.
    expect(layout.partners.map((partner) => [partner.shape, partner.colour])).toEqual([
      ['diamond', '#0072b2'],
      ['circle', '#0072b2'],
      ['circle', '#0072b2'],
      ['square', '#009e73'],
    ]);
  });

  it('fades a kind of weak link by the square root of how many more than 200 there are', () => {
    // 800 missing ties (each of 40 partners with each of 20 others): opacity √(200/800) = 0.5 of the kind's #00758f.
    const partners = Array.from({ length: 60 }, (_, i) => ({ x: i, y: i % 7 }));
    const pairs = Array.from({ length: 800 }, (_, i): [WeakLinkKind, number, number] => ['MISSING', i % 40, 40 + Math.floor(i / 40)]);
    const missing = reviewMapLayout(mapOf(partners, [], pairs), 100, 75).weakLinks.find((group) => group.kind === 'MISSING');
    expect(missing?.segments).toHaveLength(800);
    expect(missing?.colour).toBe('rgba(0, 117, 143, 0.5)');
  });

  it('says in words what it draws and how many of each', () => {
    expect(reviewMapSummary(networkMapFixture())).toBe(
      'Network map of October 2026: 40 partners as dots coloured by sector (1 single point of failure as a diamond, 1 isolated or peripheral partner as a square), ' +
        '120 ties darker and thicker the stronger they are, and weak links in colour by kind: 2 declining ties, 6 one-sided ties, 4 weak ties, 0 missing ties.',
    );
    expect(reviewMapSummary(mapOf([{ x: 0, y: 0 }]))).toBe(
      'Network map of October 2026: 1 partner as dots coloured by sector, 0 ties darker and thicker the stronger they are, and weak links in colour by kind: 0 declining ties, 0 one-sided ties, 0 weak ties, 0 missing ties.',
    );
  });

  it('is drawn when the network section has figures and the API sent its map', () => {
    expect(reviewDrawsNetworkMap(reviewFixture())).toBe(true);
    expect(reviewDrawsNetworkMap(missingReviewFixture())).toBe(false);
    expect(reviewDrawsNetworkMap(reviewFixture({ networkMap: null }))).toBe(false);
  });
});
