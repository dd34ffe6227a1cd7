import { useQuery } from '@apollo/client/react';
import { canReadClaims, practiceByKey } from '@stewardship/domain';
import { Link, useParams } from 'react-router';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { ClaimDocument, type ClaimFieldsFragment } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { NoPermission } from '../../../shared/components/NoPermission';
import { NotFound } from '../../../shared/components/NotFound';
import { RecordSavedBanner } from '../../../shared/components/RecordSavedBanner';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { SummaryList, SummaryRow } from '../../../shared/components/SummaryList';
import { useSavedBanner } from '../../../shared/hooks/useSavedBanner';
import { formatDateTime, formatDay } from '../../../shared/utils/format-dates';
import { directionLabel, periodText } from '../utils/claim-display';
import { CLAIM_READERS_EXPLANATION } from './ClaimListPage';
import { ClaimDocuments } from './ClaimDocuments';
import { ClaimStatusTag } from './ClaimStatusTag';
import { EvidenceSummary } from './EvidenceSummary';
import { LinkEvidenceForm } from './LinkEvidenceForm';
import { ProposedEvidence } from './ProposedEvidence';
import { ReviewForm } from './ReviewForm';
import { SuggestedVerdict } from './SuggestedVerdict';
import { VerdictHistory } from './VerdictHistory';

/** A document title of a readable length: the claim's first words. */
const shortTitle = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

/** /claims/:id: the claim as made, its evidence summary and suggested verdict, proposed evidence, review, history and documents. */
export function ClaimPage() {
  const viewer = useSignedInViewer();
  if (!canReadClaims(viewer.role)) return <NoPermission action="see claims" listPath="/" listName="home page" explanation={CLAIM_READERS_EXPLANATION} />;
  return <ClaimLoader />;
}

function ClaimLoader() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ClaimDocument, { variables: { id } });
  const saved = useSavedBanner();
  if (loading && !data) return <PageLoading title="Claim">Loading the claim…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Claim" onRetry={() => void refetch()}>
        This claim could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.claim) return <NotFound noun="Claim" listPath="/claims" listName="claims" />;
  const claim = data.claim;
  return (
    <>
      <DocumentTitle title={shortTitle(claim.text)} />
      <RecordSavedBanner saved={saved} noun="Claim" name={shortTitle(claim.text)} />
      <Link className="nhsuk-back-link" to="/claims">
        Back to claims
      </Link>
      <h1>
        <span className="nhsuk-caption-l">Claim</span>
        {claim.text}
      </h1>
      <p className="nhsuk-body">
        <ClaimStatusTag status={claim.status} />
      </p>
      {claim.status === 'CHANGED' ? (
        <div className="nhsuk-warning-callout" role="region" aria-labelledby="changed-heading">
          <h2 className="nhsuk-warning-callout__label" id="changed-heading">
            <span className="nhsuk-u-visually-hidden">Important: </span>Evidence changed since review
          </h2>
          <p>
            New data, an amended decision or newly linked evidence has changed the evidence since the latest verdict
            {claim.latestVerdict ? ` (${formatDateTime(claim.latestVerdict.reviewedAt)})` : ''}. Read the summary again and give a new verdict if it no longer holds.
          </p>
        </div>
      ) : null}
      <ClaimAsMade claim={claim} />
      <SuggestedVerdict
        verdict={claim.evidenceSummary.suggestedVerdict}
        rule={claim.evidenceSummary.rule}
        ruleKey={claim.evidenceSummary.ruleKey}
        dataThrough={claim.evidenceSummary.dataThrough}
      />
      <EvidenceSummary items={claim.evidenceSummary.items} />
      {claim.mayReview ? <ReviewForm claimId={claim.id} suggested={claim.evidenceSummary.suggestedVerdict} /> : null}
      <VerdictHistory verdicts={claim.verdicts} />
      <ProposedEvidence claimId={claim.id} mayLink={claim.mayLinkEvidence} />
      {claim.mayLinkEvidence ? <LinkEvidenceForm claimId={claim.id} period={claim} /> : null}
      <ClaimDocuments claimId={claim.id} documents={claim.documents} mayAttach={claim.mayLinkEvidence} />
    </>
  );
}

/** Where, when and by whom the claim was made, the period it speaks of and what it asserts. */
function ClaimAsMade({ claim }: { claim: ClaimFieldsFragment }) {
  return (
    <section aria-labelledby="claim-as-made-heading">
      <h2 id="claim-as-made-heading" className="nhsuk-u-visually-hidden">
        The claim as made
      </h2>
      <SummaryList>
        <SummaryRow label="Made in">
          {claim.sourceUrl ? (
            <a href={claim.sourceUrl} rel="noreferrer noopener" target="_blank">
              {claim.sourceTitle}
              <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            claim.sourceTitle
          )}
          {claim.sourcePage ? `, page ${claim.sourcePage}` : ''}
        </SummaryRow>
        <SummaryRow label="Made by">
          {claim.madeBy.name}, {claim.madeByRole}
        </SummaryRow>
        <SummaryRow label="Made on">{formatDay(claim.madeOn)}</SummaryRow>
        <SummaryRow label="Period it speaks of">{periodText(claim)}</SummaryRow>
        <SummaryRow label="Compared with">{periodText(claim.periodBefore)}, the period of the same length just before it</SummaryRow>
        <SummaryRow label="Practices">{claim.practices.map((practice) => practiceByKey(practice).name).join(', ')}</SummaryRow>
        <SummaryRow label="What it asserts">
          <strong>{directionLabel(claim.direction)}.</strong> {claim.directionMeaning}
        </SummaryRow>
        <SummaryRow label="About">{claim.place ? claim.place.name : 'The whole system'}</SummaryRow>
        {claim.partners.length > 0 ? <SummaryRow label="Partners it names">{claim.partners.map((partner) => partner.name).join(', ')}</SummaryRow> : null}
        <SummaryRow label="Recorded">
          {formatDateTime(claim.recordedAt)}
          {claim.recordedByName ? ` by ${claim.recordedByName}` : ''}
        </SummaryRow>
      </SummaryList>
    </section>
  );
}
