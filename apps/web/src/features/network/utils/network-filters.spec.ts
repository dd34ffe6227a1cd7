import { mapStates } from './network-filters';
import { networkFixture } from './network-fixtures';
import { networkGraphData } from './network-graph';

const data = networkGraphData(networkFixture(), { sizeBy: 'equal', colourBy: 'weakLinks', previous: null });
const ALL = { minStrength: 0 };
const sorted = (set: Set<string>) => [...set].sort();

describe('what the map shows for the filters and the selection', () => {
  it('shows everything without filters: 5 partners, 4 ties and the missing link', () => {
    const states = mapStates(data, ALL, null);
    expect(states.hiddenNodes.size + states.fadedNodes.size + states.hiddenEdges.size + states.fadedEdges.size).toBe(0);
    expect(states).toMatchObject({ shownPartners: 5, shownTies: 4 });
  });

  it('drops ties under the minimum strength, but never a partner, and keeps missing links (they have no strength)', () => {
    // 0.5 keeps a–b (0.8), b–c (0.6) and c–d (0.5, at the threshold), drops a–c (0.3).
    const states = mapStates(data, { minStrength: 0.5 }, null);
    expect(sorted(states.hiddenEdges)).toEqual(['a|c']);
    expect(states).toMatchObject({ shownPartners: 5, shownTies: 3 });
  });

  it('for a sector, keeps its partners, their ties and, faded, the partners they tie to; hides the rest', () => {
    const states = mapStates(data, { sector: 'LOCAL_GOVERNMENT', minStrength: 0 }, null);
    // d's links: c–d and the missing a–d.
    expect(sorted(states.hiddenEdges)).toEqual(['a|b', 'a|c', 'b|c']);
    expect(sorted(states.fadedNodes)).toEqual(['a', 'c']);
    expect(sorted(states.hiddenNodes)).toEqual(['b', 'e']);
    expect(states).toMatchObject({ shownPartners: 3, shownTies: 1 });
  });

  it('for a kind of weak link, keeps the links so flagged and fades the partners not on one', () => {
    const oneSided = mapStates(data, { kind: 'ONE_SIDED', minStrength: 0 }, null);
    expect(sorted(oneSided.hiddenEdges)).toEqual(['a|b', 'a|d', 'b|c', 'c|d']);
    expect(sorted(oneSided.fadedNodes)).toEqual(['b', 'd', 'e']);
    expect(oneSided.hiddenNodes.size).toBe(0);
    const missing = mapStates(data, { kind: 'MISSING', minStrength: 0 }, null);
    expect(sorted(missing.hiddenEdges)).toEqual(['a|b', 'a|c', 'b|c', 'c|d']);
    expect(missing.shownTies).toBe(0);
  });

  it('for peripheral partners, fades everyone else (e has no ties to show)', () => {
    const states = mapStates(data, { kind: 'PERIPHERAL', minStrength: 0 }, null);
    expect(sorted(states.fadedNodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(states.hiddenEdges.size).toBe(5);
  });

  it('with a partner chosen, highlights it and fades whoever it has no link with', () => {
    const states = mapStates(data, ALL, { type: 'partner', id: 'd' });
    expect(sorted(states.highlightedNodes)).toEqual(['d']);
    expect(sorted(states.fadedNodes)).toEqual(['b', 'e']);
    expect(sorted(states.fadedEdges)).toEqual(['a|b', 'a|c', 'b|c']);
  });

  it('with a tie chosen, highlights its two partners, and shows it even when the filters hide it', () => {
    const states = mapStates(data, { minStrength: 0.5, sector: 'NHS' }, { type: 'link', id: 'a|c' });
    expect(sorted(states.highlightedNodes)).toEqual(['a', 'c']);
    expect(states.hiddenEdges.has('a|c')).toBe(false);
    expect(states.fadedEdges.has('a|c')).toBe(false);
    expect(sorted(states.fadedEdges)).toEqual(['a|b', 'a|d', 'b|c', 'c|d']);
    expect(states.fadedNodes.has('a') || states.fadedNodes.has('c')).toBe(false);
  });

  it('ignores a selection that is not in this month’s network', () => {
    const states = mapStates(data, ALL, { type: 'partner', id: 'gone' });
    expect(states.highlightedNodes.size + states.fadedNodes.size).toBe(0);
  });
});
