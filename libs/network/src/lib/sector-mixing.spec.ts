import { normalisedMutualInformation, sectorMixing } from './sector-mixing';

describe('sectorMixing', () => {
  // a, b in X; c, d in Y; e in Z with no ties. Undirected ties a–b (within X), b–c (X to Y), c–d (within Y).
  const nodes = [
    { id: 'a', sector: 'X' },
    { id: 'b', sector: 'X' },
    { id: 'c', sector: 'Y' },
    { id: 'd', sector: 'Y' },
    { id: 'e', sector: 'Z' },
  ];
  const ties = [
    { source: 'a', target: 'b', weight: 0.5 },
    { source: 'b', target: 'a', weight: 0.7 },
    { source: 'b', target: 'c', weight: 0.4 },
    { source: 'c', target: 'd', weight: 0.9 },
    { source: 'd', target: 'c', weight: 0.9 },
  ];
  const communities = (labels: number[]) => new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, labels[i]]));

  it('gives each sector its share of ties within it and its E–I index', () => {
    // X: a–b internal, b–c external: 1 ÷ 2 within, (1 − 1) ÷ 2 = 0. Y the same. Z: no ties.
    // Whole network: (1 between − 2 within) ÷ 3.
    const mixing = sectorMixing(nodes, ties, communities([0, 0, 1, 1, 2]));
    expect(mixing.sectors).toEqual([
      { sector: 'X', ties: 2, internalShare: 0.5, eiIndex: 0 },
      { sector: 'Y', ties: 2, internalShare: 0.5, eiIndex: 0 },
      { sector: 'Z', ties: 0, internalShare: null, eiIndex: null },
    ]);
    expect(mixing.eiIndex).toBeCloseTo(-1 / 3, 12);
  });

  it('counts a sector whose ties all stay inside it as −1', () => {
    const mixing = sectorMixing(nodes, ties.filter((tie) => tie.source !== 'b' || tie.target !== 'c'), communities([0, 0, 1, 1, 2]));
    expect(mixing.sectors[0]).toEqual({ sector: 'X', ties: 1, internalShare: 1, eiIndex: -1 });
    expect(mixing.eiIndex).toBe(-1);
  });

  it('gives NMI 1 when communities are the sectors, leaving out the partner with no tie', () => {
    // e's community 2 and sector Z would otherwise count as a perfect match too.
    expect(sectorMixing(nodes, ties, communities([0, 0, 1, 1, 2])).communitySectorNmi).toBe(1);
  });

  it('gives NMI 0 when communities cut evenly across sectors', () => {
    // Communities {a, c} and {b, d}: each holds one of each sector, so knowing one tells nothing of the other.
    expect(sectorMixing(nodes, ties, communities([0, 1, 0, 1, 5])).communitySectorNmi).toBe(0);
  });

  it('works the NMI out for a partial match', () => {
    // Communities 0, 0, 0, 1 against sectors X, X, Y, Y (natural logs):
    // H(community) = −(3/4 ln 3/4 + 1/4 ln 1/4) = 0.562 335; H(sector) = ln 2 = 0.693 147;
    // I = 2/4 ln((2 × 4) ÷ (3 × 2)) + 1/4 ln((1 × 4) ÷ (3 × 2)) + 1/4 ln((1 × 4) ÷ (1 × 2)) = 0.215 762;
    // NMI = 0.215 762 ÷ ((0.562 335 + 0.693 147) ÷ 2) = 0.215 762 ÷ 0.627 741 = 0.343 711.
    expect(sectorMixing(nodes, ties, communities([0, 0, 0, 1, 2])).communitySectorNmi).toBeCloseTo(0.343711, 6);
  });

  it('gives null where a denominator is 0', () => {
    const mixing = sectorMixing(nodes, [], communities([0, 1, 2, 3, 4]));
    expect(mixing.eiIndex).toBeNull();
    expect(mixing.communitySectorNmi).toBeNull();
    expect(mixing.sectors.every((sector) => sector.internalShare === null && sector.eiIndex === null)).toBe(true);
    // One community in one sector: both entropies 0.
    expect(normalisedMutualInformation(['0', '0'], ['X', 'X'])).toBeNull();
  });

  it('names a partner with a tie but no community', () => {
    expect(() => sectorMixing(nodes, ties, new Map([['a', 0]]))).toThrow('communities: no community for "b"');
  });
});
