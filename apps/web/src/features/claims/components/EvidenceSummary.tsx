import { Link } from 'react-router';
import type { ClaimFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { EVIDENCE_KIND_LABELS } from '../utils/claim-display';
import { EvidenceReading } from './EvidenceReading';

type SummaryItem = ClaimFieldsFragment['evidenceSummary']['items'][number];

/** Each piece of linked evidence, in the order linked, with what it says about the claim. */
export function EvidenceSummary({ items }: { items: readonly SummaryItem[] }) {
  return (
    <section aria-labelledby="evidence-summary-heading">
      <h2 id="evidence-summary-heading">Evidence summary</h2>
      {items.length === 0 ? (
        <p className="nhsuk-body">No evidence is linked to this claim yet. Link the proposed evidence below, or other evidence by hand.</p>
      ) : (
        <div className="app-chart-grid">
          {items.map(({ evidence, reading }) => (
            <section className="app-chart-card" key={evidence.id} aria-labelledby={`evidence-${evidence.id}-heading`}>
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`evidence-${evidence.id}-heading`}>
                {evidence.kind === 'DECISION' && evidence.decisionId ? (
                  <Link to={`/decisions/${encodeURIComponent(evidence.decisionId)}`}>{evidence.title}</Link>
                ) : evidence.kind === 'DOCUMENT' && evidence.documentUrl ? (
                  <a href={evidence.documentUrl} rel="noreferrer noopener" target="_blank">
                    {evidence.title}
                    <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : (
                  evidence.title
                )}
              </h3>
              <p className="nhsuk-body-s app-secondary-text nhsuk-u-margin-bottom-2">
                {EVIDENCE_KIND_LABELS[evidence.kind]}, linked {formatDateTime(evidence.linkedAt)}
                {evidence.linkedByName ? ` by ${evidence.linkedByName}` : ''}
              </p>
              {evidence.note ? <p className="nhsuk-body-s">Note: {evidence.note}</p> : null}
              <EvidenceReading id={`evidence-${evidence.id}`} title={evidence.title} reading={reading} />
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
