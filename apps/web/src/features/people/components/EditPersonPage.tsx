import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useParams } from 'react-router';
import { PersonDocument } from '../../../generated/graphql';
import { NoPermission } from '../../../shared/components/NoPermission';
import { NotFound } from '../../../shared/components/NotFound';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { personFormFrom } from '../utils/person-form';
import { PersonForm } from './PersonForm';

/** /people/:id/edit (administrators only). */
export function EditPersonPage() {
  const viewer = useSignedInViewer();
  const { id = '' } = useParams();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit people" listPath="/people" listName="people register" />;
  return <EditPerson id={id} />;
}

function EditPerson({ id }: { id: string }) {
  // Always start from the saved record, not a cached copy someone else may have changed since.
  const { data, loading, error, refetch } = useQuery(PersonDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoading title="Edit person">Loading person…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Edit person" onRetry={() => void refetch()}>
        This person could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.person) return <NotFound noun="Person" listPath="/people" listName="people register" />;
  const { person } = data;
  return (
    <PersonForm
      key={person.id}
      id={person.id}
      heading={`Edit ${person.name}`}
      initialValues={personFormFrom(person)}
      currentOrganisation={person.organisation}
      cancelTo={`/people/${encodeURIComponent(person.id)}`}
    />
  );
}
