import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { DecisionDocument, type DecisionQuery } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { NotFound } from '../../../shared/components/NotFound';
import { RecordSavedBanner } from '../../../shared/components/RecordSavedBanner';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { useSavedBanner } from '../../../shared/hooks/useSavedBanner';
import { useToggleParam } from '../../../shared/hooks/useToggleParam';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { amendedText } from '../utils/decision-display';
import { DecisionHistory } from './DecisionHistory';
import { DecisionVersionDetails } from './DecisionVersionDetails';

type Decision = NonNullable<DecisionQuery['decision']>;

/** /decisions/:id: the decision as it stands, its history of amendments, and the original as recorded (`?original=show`). */
export function DecisionPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DecisionDocument, { variables: { id } });
  const saved = useSavedBanner();

  if (loading && !data) return <PageLoading title="Decision">Loading decision…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Decision" onRetry={() => void refetch()}>
        This decision could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.decision) return <NotFound noun="Decision" listPath="/decisions" listName="decision log" />;
  return <DecisionDetails decision={data.decision} saved={saved} />;
}

function DecisionDetails({ decision, saved }: { decision: Decision; saved: ReturnType<typeof useSavedBanner> }) {
  const [showOriginal] = useToggleParam('original');
  const { current, versions } = decision;
  const original = versions[0] ?? current;
  const amended = amendedText(current.version);
  const latest = versions[versions.length - 1];
  // A decision never amended has no separate original to show.
  const viewingOriginal = showOriginal && amended !== null;
  const shown = viewingOriginal ? original : current;

  return (
    <>
      <DocumentTitle title={viewingOriginal ? `${original.title} (original)` : current.title} />
      <RecordSavedBanner saved={saved} noun="Decision" name={current.title} />
      <Link className="nhsuk-back-link" to="/decisions">
        Back to decisions
      </Link>
      <h1>
        {viewingOriginal ? <span className="nhsuk-caption-l">The original, as recorded</span> : null}
        {shown.title}
      </h1>
      {amended ? (
        <div className="nhsuk-inset-text">
          {viewingOriginal ? (
            <>
              <p className="nhsuk-body">
                This is the decision as first recorded, on {formatDateTime(original.createdAt)}. It has been{' '}
                {amended.toLowerCase()} since.
              </p>
              <p className="nhsuk-body">
                <Link to="?">See the decision as it stands</Link>
              </p>
            </>
          ) : (
            <>
              <p className="nhsuk-body">
                <strong>{amended}.</strong> This is the decision as it stands after the latest amendment, made on{' '}
                {formatDateTime(latest.createdAt)} by {latest.author ?? 'an unknown user'}. Each amendment, and what it
                changed, is under History.
              </p>
              <p className="nhsuk-body">
                <Link to="?original=show">See the original as recorded</Link>
              </p>
            </>
          )}
        </div>
      ) : null}
      {decision.mayAmend && !viewingOriginal ? (
        <div className="nhsuk-button-group">
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/decisions/${encodeURIComponent(decision.id)}/amend`}>
            Amend this decision
          </Link>
        </div>
      ) : null}
      <DecisionVersionDetails version={shown} reopenedBy={viewingOriginal ? undefined : decision.reopenedBy} />
      <DecisionHistory versions={versions} />
    </>
  );
}
