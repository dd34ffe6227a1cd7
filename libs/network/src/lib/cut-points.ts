/**
 * Articulation points and bridges of a simple undirected graph by Tarjan's depth-first search (discovery time and
 * low-link), written iteratively so that a long path cannot overflow the call stack. Hand-written because graphology
 * and its packages have neither (networkx's `articulation_points` and `bridges` give the same answers).
 *
 * `neighbours[v]` lists v's neighbours by index, each edge once per end, no self-loops or parallel edges.
 * Returns the articulation points ascending, and the bridges as [lower index, higher index] pairs.
 */
export function cutPointsAndBridges(neighbours: readonly (readonly number[])[]): {
  articulationPoints: number[];
  bridges: [number, number][];
} {
  const n = neighbours.length;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextNeighbour = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  const stack: number[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovered[root] !== -1) continue;
    discovered[root] = low[root] = time++;
    stack.push(root);
    let rootChildren = 0;
    while (stack.length > 0) {
      const v = stack[stack.length - 1];
      const list = neighbours[v];
      if (nextNeighbour[v] < list.length) {
        const w = list[nextNeighbour[v]++];
        if (discovered[w] === -1) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          stack.push(w);
          if (v === root) rootChildren++;
        } else if (w !== parent[v] && discovered[w] < low[v]) {
          low[v] = discovered[w];
        }
        continue;
      }
      stack.pop();
      const p = parent[v];
      if (p === -1) continue;
      if (low[v] < low[p]) low[p] = low[v];
      // Nothing below v reaches above p except through the edge p–v.
      if (low[v] > discovered[p]) bridges.push(p < v ? [p, v] : [v, p]);
      // Nothing below v reaches above p: removing p cuts v's subtree off (the root is judged by its children).
      if (p !== root && low[v] >= discovered[p]) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }

  const articulationPoints: number[] = [];
  isCut.forEach((cut, v) => {
    if (cut) articulationPoints.push(v);
  });
  bridges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { articulationPoints, bridges };
}
