import type { DecisionQuery } from '../../../generated/graphql';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { amendmentName } from '../utils/decision-display';

type Version = NonNullable<DecisionQuery['decision']>['versions'][number];

const CHANGE_COLUMNS = ['What changed', 'Before', 'After'] as const;

/** Who recorded the decision, then each amendment: who, when (UK time), why, and what it changed. */
export function DecisionHistory({ versions }: { versions: readonly Version[] }) {
  const [original, ...amendments] = versions;
  return (
    <>
      <h2 className="nhsuk-heading-m">History</h2>
      {original ? (
        <p className="nhsuk-body">
          Recorded on {formatDateTime(original.createdAt)} by {original.author ?? 'an unknown user'}.
        </p>
      ) : null}
      {amendments.length === 0 ? <p className="nhsuk-body">It has not been amended.</p> : null}
      {amendments.map((amendment) => (
        <section key={amendment.id} aria-labelledby={`amendment-${amendment.version}`}>
          <h3 className="nhsuk-heading-s" id={`amendment-${amendment.version}`}>
            {amendmentName(amendment.version)}: {formatDateTime(amendment.createdAt)} by {amendment.author ?? 'an unknown user'}
          </h3>
          <p className="nhsuk-body">
            <strong>Why:</strong> {amendment.reason}
          </p>
          <ResponsiveTable caption={`What ${amendmentName(amendment.version).toLowerCase()} changed`} columns={CHANGE_COLUMNS}>
            {amendment.changes.map((change) => (
              <Row key={change.field}>
                <Cell heading="What changed">{change.field}</Cell>
                <Cell heading="Before">{change.before}</Cell>
                <Cell heading="After">{change.after}</Cell>
              </Row>
            ))}
          </ResponsiveTable>
        </section>
      ))}
    </>
  );
}
