import { Link } from 'react-router';
import { formatDay } from '../../../shared/utils/format-dates';
import { claimsLink } from '../utils/review-links';
import type { MonthlyReview } from '../utils/review-format';

type ReviewClaims = MonthlyReview['claims'];
type ReviewClaim = ReviewClaims['awaitingReview'][number];

/** Claims awaiting a verdict and claims whose evidence changed since review, each linked to its page. */
export function ClaimsSection({ claims, placeId }: { claims: ReviewClaims; placeId: string | null }) {
  return (
    <>
      <ClaimList
        title="Awaiting review"
        count={claims.awaitingReviewCount}
        claims={claims.awaitingReview}
        none="No claim is awaiting review."
        allHref={claimsLink('AWAITING', placeId)}
      />
      <ClaimList
        title="Evidence changed since review"
        count={claims.evidenceChangedCount}
        claims={claims.evidenceChanged}
        none="No reviewed claim's evidence has changed since its verdict."
        allHref={claimsLink('CHANGED', placeId)}
      />
    </>
  );
}

function ClaimList({ title, count, claims, none, allHref }: { title: string; count: number; claims: readonly ReviewClaim[]; none: string; allHref: string }) {
  return (
    <>
      <h3 className="nhsuk-heading-s">
        {title} ({count})
      </h3>
      {claims.length === 0 ? (
        <p className="nhsuk-body">{none}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link to={`/claims/${encodeURIComponent(claim.id)}`}>{claim.text}</Link> <span className="app-secondary-text">(made {formatDay(claim.madeOn)})</span>
            </li>
          ))}
        </ul>
      )}
      {count > claims.length ? (
        <p className="nhsuk-body-s">
          <Link to={allHref}>
            See all {count}
            <span className="nhsuk-u-visually-hidden"> claims {title.toLowerCase()}</span>
          </Link>
        </p>
      ) : null}
    </>
  );
}
