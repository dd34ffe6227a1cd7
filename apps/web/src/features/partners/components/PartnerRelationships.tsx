import { useQuery } from '@apollo/client/react';
import { RELATIONSHIP_SUMMARY_HELP, relationshipSuppressionHelp } from '@stewardship/scores';
import { formatMonth } from '@stewardship/web-charts';
import { useState } from 'react';
import { PartnerRelationshipSummaryDocument } from '../../../generated/graphql';
import { SelectInput } from '../../../shared/components/SelectInput';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { SummaryList, SummaryRow } from '../../../shared/components/SummaryList';
import { givenFigures, receivedFigures, type RelationshipFigure } from '../utils/relationship-figures';

/**
 * A partner's relationship ratings for one month, in aggregate: what its respondents gave and what other partners'
 * respondents gave it. The API hides a side with too few respondents behind it; the reason is shown instead.
 */
export function PartnerRelationships({ organisationId, name }: { organisationId: string; name: string }) {
  const [month, setMonth] = useState<string | undefined>(undefined);
  const { data, previousData, loading, error, refetch } = useQuery(PartnerRelationshipSummaryDocument, { variables: { organisationId, month } });
  const summary = (data ?? previousData)?.partnerRelationshipSummary;

  return (
    <section aria-labelledby="partner-relationships-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="partner-relationships-heading">
        Relationship ratings
      </h2>
      {loading && !summary ? <LoadingMessage>Loading relationship ratings…</LoadingMessage> : null}
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The relationship ratings could not be loaded.</ServiceProblem> : null}
      {summary && !summary.month ? <p className="nhsuk-body">No relationship ratings have been submitted in the survey yet.</p> : null}
      {summary?.month ? (
        <>
          <p className="nhsuk-body">
            In the monthly survey, respondents rate their organisation&rsquo;s relationship with each partner they work with: trust
            and value from 1 to 5. These are the totals for {name}; individual ratings and notes are never shown.
          </p>
          <SelectInput
            id="relationship-month"
            label="Month"
            value={summary.month}
            options={summary.ratedMonths.map((m) => ({ value: m, label: formatMonth(m) }))}
            onChange={(next) => setMonth(next)}
            formGroupClassName="nhsuk-u-margin-bottom-4"
          />
          <div aria-busy={loading || undefined}>
            <h3 className="nhsuk-heading-s">Given by {name}&rsquo;s respondents</h3>
            <Figures figures={givenFigures(summary.given)} hiddenBecause={summary.given.suppressionReason} />
            <h3 className="nhsuk-heading-s">Received from other partners&rsquo; respondents</h3>
            <Figures figures={receivedFigures(summary.received)} hiddenBecause={summary.received.suppressionReason} />
          </div>
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Why a figure may be hidden</span>
            </summary>
            <div className="nhsuk-details__text">
              <p>{relationshipSuppressionHelp(summary.minimumGroupSize)}</p>
              <p>{RELATIONSHIP_SUMMARY_HELP.notes}</p>
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}

function Figures({ figures, hiddenBecause }: { figures: RelationshipFigure[] | null; hiddenBecause: string | null }) {
  if (!figures) return <p className="nhsuk-body">Not shown: {hiddenBecause ?? 'hidden to protect respondents'}.</p>;
  return (
    <SummaryList>
      {figures.map((figure) => (
        <SummaryRow key={figure.label} label={figure.label}>
          <strong>{figure.value}</strong>
          <div className="nhsuk-hint nhsuk-u-font-size-16 nhsuk-u-margin-bottom-0">{figure.help}</div>
        </SummaryRow>
      ))}
    </SummaryList>
  );
}
