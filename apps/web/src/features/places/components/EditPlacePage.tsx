import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useParams } from 'react-router';
import { PlaceDocument } from '../../../generated/graphql';
import { NoPermission } from '../../../shared/components/NoPermission';
import { NotFound } from '../../../shared/components/NotFound';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { placeFormFrom } from '../utils/place-form';
import { PlaceForm } from './PlaceForm';

/** /places/:id/edit (administrators only). */
export function EditPlacePage() {
  const viewer = useSignedInViewer();
  const { id = '' } = useParams();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit places" listPath="/places" listName="places register" />;
  return <EditPlace id={id} />;
}

function EditPlace({ id }: { id: string }) {
  // Always start from the saved record, not a cached copy someone else may have changed since.
  const { data, loading, error, refetch } = useQuery(PlaceDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoading title="Edit place">Loading place…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Edit place" onRetry={() => void refetch()}>
        This place could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.place) return <NotFound noun="Place" listPath="/places" listName="places register" />;
  const path = `/places/${encodeURIComponent(data.place.id)}`;
  return <PlaceForm key={data.place.id} id={data.place.id} heading={`Edit ${data.place.name}`} initialValues={placeFormFrom(data.place)} cancelTo={path} />;
}
