import { useQuery } from '@apollo/client/react';
import { canRecordDecisions } from '@stewardship/domain';
import { DecisionsDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { RegisterActions } from '../../../shared/components/RegisterActions';
import { RegisterResults } from '../../../shared/components/RegisterResults';
import { useRegisterPages } from '../../../shared/hooks/useRegisterPages';
import { useForumOptions } from '../../../shared/pickers/hooks/useForumOptions';
import { useOrganisationOptions } from '../../../shared/pickers/hooks/useOrganisationOptions';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { useDecisionFilters } from '../hooks/useDecisionFilters';
import { decisionCountText, decisionFilterFrom, hasActiveFilters } from '../utils/decision-filters';
import { DecisionFilterForm } from './DecisionFilterForm';
import { DecisionsTable } from './DecisionsTable';

export const PAGE_SIZE = 50;

/** /decisions: the decision log as it stands, newest first, searchable and filterable, 50 at a time. */
export function DecisionListPage() {
  const viewer = useSignedInViewer();
  const { filters, setFilters, clearedQuery } = useDecisionFilters();
  const query = useQuery(DecisionsDocument, {
    variables: { filter: decisionFilterFrom(filters), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const { options: forums } = useForumOptions({ includeArchived: true });
  const { options: places } = usePlaceOptions();
  const { options: organisations } = useOrganisationOptions(false);
  const { nodes, bodyRef, results } = useRegisterPages(query, (query.data ?? query.previousData)?.decisions);
  const filtered = hasActiveFilters(filters);

  return (
    <>
      <DocumentTitle title="Decisions" />
      <h1>Decisions</h1>
      <p className="nhsuk-body">
        The decisions of {viewer.system.name}&rsquo;s forums, newest first, each as it stands after any amendment. Nothing
        in the log is changed or deleted: a correction is an amendment, and the original stays one click away.
      </p>
      <RegisterActions canAdd={canRecordDecisions(viewer.role)} addTo="/decisions/new" addText="Record a decision" />

      <DecisionFilterForm filters={filters} onChange={setFilters} forums={forums} places={places} organisations={organisations} />

      <RegisterResults
        noun="decisions"
        countText={decisionCountText}
        filtered={filtered}
        clearFiltersTo={`/decisions${clearedQuery}`}
        emptyText="No decisions have been recorded yet."
        {...results}
      >
        <DecisionsTable
          decisions={nodes}
          caption={filtered ? 'Decisions matching your search and filters, newest first' : 'All decisions, newest first'}
          busy={query.loading}
          bodyRef={bodyRef}
        />
      </RegisterResults>
    </>
  );
}
