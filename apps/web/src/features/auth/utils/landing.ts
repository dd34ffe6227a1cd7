import type { Role } from '../../../generated/graphql';

/**
 * The page each role's monthly job starts from, until the monthly review exists: leaders and non-executives read the
 * practice scores, a place lead their place's page, administrators (and viewers) the register of partners.
 */
export function landingPath(viewer: { role: Role; place?: { id: string } | null }): string {
  switch (viewer.role) {
    case 'LEADER':
    case 'NON_EXECUTIVE':
      return '/scores';
    case 'PLACE_LEAD':
      return viewer.place ? `/places/${encodeURIComponent(viewer.place.id)}` : '/partners';
    default:
      return '/partners';
  }
}
