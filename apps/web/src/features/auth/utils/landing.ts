import type { Role } from '../../../generated/graphql';

/**
 * The page each role's monthly job starts from: leaders the monthly review of the whole system, a place lead their
 * place's review, non-executives the claims awaiting their review, administrators (and viewers) the register of partners.
 */
export function landingPath(viewer: { role: Role; place?: { id: string } | null }): string {
  switch (viewer.role) {
    case 'LEADER':
      return '/review';
    case 'NON_EXECUTIVE':
      return '/claims?status=AWAITING';
    case 'PLACE_LEAD':
      return viewer.place ? `/review?place=${encodeURIComponent(viewer.place.id)}` : '/review';
    default:
      return '/partners';
  }
}
