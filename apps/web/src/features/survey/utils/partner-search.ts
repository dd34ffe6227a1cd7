/** Lower case, without accents, so that "cafe" finds "Café". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export interface PartnerMatch<P> {
  /** The first `limit` matches: names starting with the search first, then the others, each in name order. */
  shown: P[];
  total: number;
}

/**
 * Partners whose name contains every word typed, leaving out those already added. Nothing is listed until
 * something is typed: the list of partners is long, and the search is the quickest way through it.
 */
export function findPartners<P extends { id: string; name: string }>(
  partners: readonly P[],
  query: string,
  excludeIds: ReadonlySet<string>,
  limit = 8,
): PartnerMatch<P> {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { shown: [], total: 0 };
  const matches = partners.filter((partner) => {
    if (excludeIds.has(partner.id)) return false;
    const name = normalise(partner.name);
    return words.every((word) => name.includes(word));
  });
  const start = words.join(' ');
  const ranked = [...matches.filter((p) => normalise(p.name).startsWith(start)), ...matches.filter((p) => !normalise(p.name).startsWith(start))];
  return { shown: ranked.slice(0, limit), total: matches.length };
}
