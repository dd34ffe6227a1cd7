/**
 * Global recoding of an overlapping dimension (a partner may serve several places, so place groups overlap): a
 * respondent counts toward every place their organisation serves, but when fewer than `minimumGroupSize`
 * respondents share their exact combination of places, the combination is collapsed: those respondents count in
 * the whole system's figures and in no single place's.
 *
 * Why: a place's figure is the union of every combination that includes the place. If a small combination (say
 * "Ashby + Dunmere", 3 respondents) were counted in both places, its block would have to join a block of another
 * combination, and one of the two places' figures would then cut that block and have to be hidden. Collapsing
 * keeps every place publishable. The collapsed pool must itself be empty or at least `minimumGroupSize`, so while
 * it is in between the next smallest combination is collapsed too (ties by key).
 *
 * `alwaysCollapsed` names a class already outside every place (respondents whose organisation serves none).
 * Returns the classes to collapse.
 */
export function collapseSmallClasses(sizes: ReadonlyMap<string, number>, minimumGroupSize: number, alwaysCollapsed?: string): Set<string> {
  const collapsed = new Set<string>();
  let pooled = 0;
  const kept = [...sizes].filter(([key, n]) => n > 0 && key !== alwaysCollapsed).sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1));
  if (alwaysCollapsed !== undefined && (sizes.get(alwaysCollapsed) ?? 0) > 0) {
    collapsed.add(alwaysCollapsed);
    pooled += sizes.get(alwaysCollapsed) as number;
  }
  for (const [key, n] of kept) {
    if (n >= minimumGroupSize && (pooled === 0 || pooled >= minimumGroupSize)) break;
    collapsed.add(key);
    pooled += n;
  }
  return collapsed;
}
