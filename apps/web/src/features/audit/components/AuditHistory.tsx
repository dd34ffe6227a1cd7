import { useQuery } from '@apollo/client/react';
import { AuditHistoryDocument, type AuditEntityType } from '../../../generated/graphql';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { auditActionText, auditChangeLines } from '../utils/audit-wording';

interface AuditHistoryProps {
  entityType: AuditEntityType;
  entityId: string;
  /** Names for ids the history refers to (a forum's place, a person's organisation). */
  names?: ReadonlyMap<string, string>;
}

const COLUMNS = ['When', 'Who', 'What', 'Details'] as const;

/** "Change history": every change to one register row, newest first, with each field before and after. */
export function AuditHistory({ entityType, entityId, names }: AuditHistoryProps) {
  // Always ask the server: another administrator, or an import, may have changed the row since.
  const { data, loading, error, refetch } = useQuery(AuditHistoryDocument, {
    variables: { entityType, entityId },
    fetchPolicy: 'cache-and-network',
  });
  const events = data?.auditHistory ?? [];

  return (
    <section aria-labelledby="change-history-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="change-history-heading">
        Change history
      </h2>
      {loading && !data ? <LoadingMessage>Loading the change history…</LoadingMessage> : null}
      {error && !data ? (
        <ServiceProblem onRetry={() => void refetch()}>The change history could not be loaded. Try again.</ServiceProblem>
      ) : null}
      {data && events.length === 0 ? <p className="nhsuk-body">No changes recorded yet.</p> : null}
      {events.length > 0 ? (
        <ResponsiveTable caption="Change history, newest first" captionHidden columns={COLUMNS}>
          {events.map((event, index) => {
            const lines = auditChangeLines(entityType, event.action, event.changes, names);
            return (
              <Row key={`${event.at}-${index}`}>
                <Cell heading="When">{formatDateTime(event.at)}</Cell>
                <Cell heading="Who">{event.actor}</Cell>
                <Cell heading="What">
                  {auditActionText(event.action)}
                  {event.viaImport ? <strong className="nhsuk-tag nhsuk-tag--blue nhsuk-u-margin-left-2">via import</strong> : null}
                </Cell>
                <Cell heading="Details">
                  {lines.length === 0 ? null : (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {lines.map((line) => (
                        <li key={line.label} className="nhsuk-u-margin-bottom-1">
                          <span className="nhsuk-u-font-weight-bold">{line.label}:</span>{' '}
                          {line.from !== undefined ? (
                            <>
                              {line.from} <span aria-hidden="true">→</span>
                              <span className="nhsuk-u-visually-hidden">changed to</span> {line.to}
                            </>
                          ) : (
                            line.to
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </Cell>
              </Row>
            );
          })}
        </ResponsiveTable>
      ) : null}
    </section>
  );
}
