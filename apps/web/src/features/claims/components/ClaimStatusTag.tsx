import type { ClaimStatus } from '../../../generated/graphql';
import { CLAIM_STATUS_LABELS } from '../utils/claim-display';

const TAG_COLOURS: Record<ClaimStatus, string> = { AWAITING: 'nhsuk-tag--blue', REVIEWED: 'nhsuk-tag--green', CHANGED: 'nhsuk-tag--orange' };

/** A claim's status as an NHS.UK tag. */
export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  return <strong className={`nhsuk-tag ${TAG_COLOURS[status]}`}>{CLAIM_STATUS_LABELS[status]}</strong>;
}
