import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DecisionDocument } from '../../../generated/graphql';
import { NoPermission } from '../../../shared/components/NoPermission';
import { NotFound } from '../../../shared/components/NotFound';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { decisionFormFrom } from '../utils/decision-form';
import { DecisionForm } from './DecisionForm';
import { RECORDERS_EXPLANATION } from './RecordDecisionPage';

/** /decisions/:id/amend: the amend form, filled from the decision as it stands, for those who may amend it. */
export function AmendDecisionPage() {
  const { id = '' } = useParams();
  // Start from the latest version, not a cached copy someone may have amended since.
  const { data, loading, error, refetch } = useQuery(DecisionDocument, { variables: { id }, fetchPolicy: 'network-only' });

  if (loading && !data) return <PageLoading title="Amend decision">Loading decision…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Amend decision" onRetry={() => void refetch()}>
        This decision could not be loaded. Try again.
      </PageProblem>
    );
  }
  const { decision } = data;
  if (!decision) return <NotFound noun="Decision" listPath="/decisions" listName="decision log" />;
  if (!decision.mayAmend) {
    return <NoPermission action="amend this decision" listPath="/decisions" listName="decision log" explanation={RECORDERS_EXPLANATION} />;
  }
  const { current } = decision;
  return (
    <DecisionForm
      key={`${decision.id}-${current.version}`}
      heading={`Amend ${current.title}`}
      initialValues={decisionFormFrom(current)}
      amending={{ id: decision.id, basedOnVersion: current.version, forum: current.forum, proposer: current.proposer }}
      cancelTo={`/decisions/${encodeURIComponent(decision.id)}`}
    />
  );
}
