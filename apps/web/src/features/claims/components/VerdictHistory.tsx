import type { ClaimVerdictFieldsFragment } from '../../../generated/graphql';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { verdictLabel } from '../utils/claim-display';

const COLUMNS = ['When', 'Who', 'Verdict', 'Suggested', 'Reason'] as const;

/** Every verdict given, the first first: a later review adds to the history and never replaces it. */
export function VerdictHistory({ verdicts }: { verdicts: readonly ClaimVerdictFieldsFragment[] }) {
  return (
    <section aria-labelledby="verdict-history-heading">
      <h2 id="verdict-history-heading">Verdict history</h2>
      {verdicts.length === 0 ? (
        <p className="nhsuk-body">No verdict yet: the claim is awaiting review.</p>
      ) : (
        <ResponsiveTable caption="Every verdict given, the first first" captionHidden columns={COLUMNS}>
          {verdicts.map((verdict) => (
            <Row key={verdict.id}>
              <Cell heading="When">{formatDateTime(verdict.reviewedAt)}</Cell>
              <Cell heading="Who">{verdict.reviewer ?? 'An unknown user'}</Cell>
              <Cell heading="Verdict">
                {verdictLabel(verdict.verdict)} <span className="app-secondary-text">({verdict.accepted ? 'accepted the suggestion' : 'overrode the suggestion'})</span>
              </Cell>
              <Cell heading="Suggested">
                {verdictLabel(verdict.suggestedVerdict)}
                <span className="nhsuk-body-s app-secondary-text" style={{ display: 'block' }}>
                  {verdict.suggestedRule}
                </span>
              </Cell>
              <Cell heading="Reason">{verdict.reason ?? ''}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      )}
    </section>
  );
}
