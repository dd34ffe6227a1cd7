import type { ActionReferenceKind, ReviewArea } from '../../../generated/graphql';

/** The review's month and place: every link opens its evidence for the same ones. */
export interface ReviewScope {
  month: string;
  placeId: string | null;
  /** The power section's months, so that /power shows the same trend. */
  powerFrom?: string;
  powerTo?: string;
}

const query = (entries: Record<string, string | null | undefined>) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** The scores page for the place, ending at the month, at the practice's chart. */
export const scoresLink = (scope: ReviewScope, practice?: string) => `/scores${query({ place: scope.placeId, month: scope.month })}${practice ? `#practice-${practice.toLowerCase()}-heading` : ''}`;

/** The power page for the place over the review's months, with the month chosen, at the figure's card. */
export const powerLink = (scope: ReviewScope, figure?: string) =>
  `/power${query({ placeId: scope.placeId, from: scope.powerFrom ?? scope.month, to: scope.powerTo ?? scope.month, month: scope.month })}${figure ? `#power-${figure}-heading` : ''}`;

/** The network map of the month for the place, optionally showing one kind of weak link or one sector. */
export const networkLink = (scope: ReviewScope, filters: { kind?: string; sector?: string } = {}) =>
  `/network${query({ month: scope.month, placeId: scope.placeId, kind: filters.kind, sector: filters.sector })}`;

/** Where a figure of "What changed" has its evidence: its chart on its own page. */
export function changeEvidenceLink(area: ReviewArea, key: string, scope: ReviewScope): string {
  switch (area) {
    case 'PRACTICE':
      return scoresLink(scope, key);
    case 'POWER':
      return powerLink(scope, key);
    default:
      return networkLink(scope);
  }
}

/** Where a record or figure an action cites is shown. */
export function referenceLink(kind: ActionReferenceKind, id: string, scope: ReviewScope): string {
  switch (kind) {
    case 'PRACTICE':
      return scoresLink(scope, id);
    case 'POWER_FIGURE':
      return powerLink(scope, id);
    case 'ORGANISATION':
      return `/partners/${encodeURIComponent(id)}`;
    case 'CLAIM':
      return `/claims/${encodeURIComponent(id)}`;
    case 'SECTOR':
      return networkLink(scope, { sector: id });
    case 'WEAK_LINK':
    case 'TIE':
      return networkLink(scope);
  }
}

/** Claims awaiting review: the claims list filtered as the review counts them. */
export const claimsLink = (status: 'AWAITING' | 'CHANGED', placeId: string | null) => `/claims${query({ status, place: placeId })}`;

/** Ties an action cites beyond this many are one link to the map rather than one link each. */
export const MAX_TIE_LINKS = 3;

export interface Citation {
  key: string;
  label: string;
  href: string;
}

/**
 * The links under an action: each record or figure it cites, except that many ties (a sector's one-sided ties, say)
 * become a single link to the month's map, filtered to the action's sector when it names one.
 */
export function citationLinks(references: readonly { kind: ActionReferenceKind; id: string; label: string }[], scope: ReviewScope): Citation[] {
  const ties = references.filter((reference) => reference.kind === 'TIE' || reference.kind === 'WEAK_LINK');
  const many = ties.length > MAX_TIE_LINKS;
  const sector = references.find((reference) => reference.kind === 'SECTOR')?.id;
  const links = references
    .filter((reference) => !many || !ties.includes(reference))
    .map((reference) => ({ key: `${reference.kind}-${reference.id}`, label: reference.label, href: referenceLink(reference.kind, reference.id, scope) }));
  if (many) links.push({ key: 'ties', label: `the ${ties.length} ties on the network map`, href: networkLink(scope, { sector }) });
  return links;
}
