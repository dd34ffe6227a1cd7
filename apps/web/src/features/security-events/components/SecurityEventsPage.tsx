import { useQuery } from '@apollo/client/react';
import { canReadSecurityEvents } from '@stewardship/domain';
import { Link } from 'react-router';
import { SecurityEventsDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { ShowMore } from '../../../shared/components/ShowMore';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { useRegisterPages } from '../../../shared/hooks/useRegisterPages';
import { countText } from '../../../shared/utils/count-text';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { securityEventDetailLines, securityEventKindText } from '../utils/security-event-wording';

export const SECURITY_EVENTS_PAGE_SIZE = 50;
const TITLE = 'Security events';
const COLUMNS = ['When', 'What', 'Who', 'Client address', 'Details'] as const;

/** /security-events: sign-ins, exports and other security-relevant actions in the system, newest first (administrators only). */
export function SecurityEventsPage() {
  const viewer = useSignedInViewer();
  if (!canReadSecurityEvents(viewer.role)) return <NotAnAdministrator />;
  return <SecurityEventsList systemName={viewer.system.name} />;
}

function SecurityEventsList({ systemName }: { systemName: string }) {
  const query = useQuery(SecurityEventsDocument, {
    variables: { first: SECURITY_EVENTS_PAGE_SIZE },
    // Events are written by every request: always ask the server, show what is cached meanwhile.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = query.data?.securityEvents;
  const { nodes, bodyRef, results } = useRegisterPages(query, connection);

  return (
    <>
      <DocumentTitle title={TITLE} />
      <h1>{TITLE}</h1>
      <p className="nhsuk-body">
        Who signed in to {systemName}, or tried to, and who signed out, exported a register list as CSV, opened a survey round,
        reissued a survey link or had their role changed, with when it happened and the address their request came from. Newest
        first.
      </p>
      <p className="nhsuk-body">
        Passwords, survey links and session tokens are never recorded. Only system administrators can see this page.
      </p>

      {results.loading && !connection ? <LoadingMessage>Loading security events…</LoadingMessage> : null}
      {results.error && !connection ? (
        <ServiceProblem onRetry={results.onRetry}>The security events could not be loaded. Try again.</ServiceProblem>
      ) : null}
      {connection && connection.totalCount === 0 ? <p className="nhsuk-body">No security events have been recorded yet.</p> : null}
      {connection && nodes.length > 0 ? (
        <>
          <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
            {countText(connection.totalCount, 'event', 'events')}
          </p>
          <ResponsiveTable caption="Security events, newest first" captionHidden columns={COLUMNS} bodyRef={bodyRef}>
            {nodes.map((event) => {
              const lines = securityEventDetailLines(event.detail);
              return (
                <Row key={event.id}>
                  <Cell heading="When">{formatDateTime(event.at)}</Cell>
                  <Cell heading="What">{securityEventKindText(event.kind)}</Cell>
                  <Cell heading="Who">
                    {event.user ? (
                      <>
                        {event.user.displayName}
                        <br />
                        {event.user.email}
                      </>
                    ) : (
                      'Unknown user'
                    )}
                  </Cell>
                  <Cell heading="Client address">{event.address ?? 'Not known'}</Cell>
                  <Cell heading="Details">
                    {lines.length === 0 ? null : (
                      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                        {lines.map((line) => (
                          <li key={line.label} className="nhsuk-u-margin-bottom-1">
                            <span className="nhsuk-u-font-weight-bold">{line.label}:</span> {line.value}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Cell>
                </Row>
              );
            })}
          </ResponsiveTable>
          {connection.pageInfo.hasNextPage ? (
            <ShowMore
              shown={results.shown}
              total={connection.totalCount}
              noun="security events"
              loading={results.loadingMore}
              failed={results.moreFailed}
              onShowMore={results.onShowMore}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function NotAnAdministrator() {
  return (
    <>
      <DocumentTitle title="You do not have permission" />
      <h1>You do not have permission to see security events</h1>
      <p className="nhsuk-body">Only system administrators can see who signed in and what was exported.</p>
      <p className="nhsuk-body">
        <Link to="/partners">Go to the partners register</Link>
      </p>
    </>
  );
}
