import { cutPointsAndBridges } from './cut-points';

/** Neighbour lists of an undirected graph on n nodes from its edges. */
const graph = (n: number, edges: [number, number][]) => {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    neighbours[a].push(b);
    neighbours[b].push(a);
  }
  return neighbours;
};

describe('cutPointsAndBridges', () => {
  it('finds none in a cycle', () => {
    // 0–1–2–3–0: every node and edge is on the cycle, so nothing is cut off by one removal.
    expect(cutPointsAndBridges(graph(4, [[0, 1], [1, 2], [2, 3], [3, 0]]))).toEqual({ articulationPoints: [], bridges: [] });
  });

  it('finds the shared node of two triangles, with no bridge', () => {
    // Triangles 0–1–2 and 2–3–4 share node 2: removing 2 splits them; every edge is on a triangle.
    expect(cutPointsAndBridges(graph(5, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 2]]))).toEqual({ articulationPoints: [2], bridges: [] });
  });

  it('judges the root of the search by its children', () => {
    // Node 0 (where the search starts) joins leaves 1 and 2, and a triangle 0–3–4: a cut point; 0–1 and 0–2 bridges.
    expect(cutPointsAndBridges(graph(5, [[0, 1], [0, 2], [0, 3], [3, 4], [4, 0]]))).toEqual({
      articulationPoints: [0],
      bridges: [
        [0, 1],
        [0, 2],
      ],
    });
  });

  it('handles isolated nodes and separate components', () => {
    // 0 alone; 1–2 a component of one edge (a bridge, no cut point); 3–4–5 a path (4 a cut point).
    expect(cutPointsAndBridges(graph(6, [[1, 2], [3, 4], [4, 5]]))).toEqual({
      articulationPoints: [4],
      bridges: [
        [1, 2],
        [3, 4],
        [4, 5],
      ],
    });
  });

  it('does not overflow the stack on a long path', () => {
    // A path of 200,000 nodes: every inner node a cut point and every edge a bridge.
    const n = 200_000;
    const result = cutPointsAndBridges(graph(n, Array.from({ length: n - 1 }, (_, i): [number, number] => [i, i + 1])));
    expect(result.articulationPoints.length).toBe(n - 2);
    expect(result.bridges.length).toBe(n - 1);
  });
});
