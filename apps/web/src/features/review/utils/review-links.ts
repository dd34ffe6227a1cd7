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
