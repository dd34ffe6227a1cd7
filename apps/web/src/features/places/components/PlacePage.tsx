import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { Link, useParams } from 'react-router';
import { ArchivePlaceDocument, PlaceDocument, RestorePlaceDocument, type PlaceFieldsFragment } from '../../../generated/graphql';
import { ArchiveControls } from '../../../shared/components/ArchiveControls';
import { ArchivedTag } from '../../../shared/components/ArchivedTag';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { NotFound } from '../../../shared/components/NotFound';
import { RecordSavedBanner } from '../../../shared/components/RecordSavedBanner';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { SummaryList, SummaryRow } from '../../../shared/components/SummaryList';
import { useArchiveActions } from '../../../shared/hooks/useArchiveActions';
import { useSavedBanner } from '../../../shared/hooks/useSavedBanner';
import { AuditHistory } from '../../audit/components/AuditHistory';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { PlaceForums } from './PlaceForums';
import { PlacePartners } from './PlacePartners';
import { PlaceScores } from './PlaceScores';

/** /places/:id: one place, its partners, forums and latest practice scores, its change history; edit, archive and restore for administrators. */
export function PlacePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PlaceDocument, { variables: { id } });
  const saved = useSavedBanner();

  if (loading && !data) return <PageLoading title="Place">Loading place…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Place" onRetry={() => void refetch()}>
        This place could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.place) return <NotFound noun="Place" listPath="/places" listName="places register" />;
  return <PlaceDetails place={data.place} saved={saved} />;
}

function PlaceDetails({ place, saved }: { place: PlaceFieldsFragment; saved: ReturnType<typeof useSavedBanner> }) {
  const viewer = useSignedInViewer();
  const archiveActions = useArchiveActions(ArchivePlaceDocument, RestorePlaceDocument, place.id);
  return (
    <>
      <DocumentTitle title={place.name} />
      <RecordSavedBanner saved={saved} noun="Place" name={place.name} />
      <Link className="nhsuk-back-link" to="/places">
        Back to places
      </Link>
      <h1>
        {place.name}
        {place.archived ? <ArchivedTag /> : null}
      </h1>
      <SummaryList>
        <SummaryRow label="Name">{place.name}</SummaryRow>
        <SummaryRow label="Local authority">{place.localAuthority ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="ONS code">{place.onsCode ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="External ID">{place.externalId ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="Status">{place.archived ? 'Archived: left out of lists and pickers' : 'Current'}</SummaryRow>
      </SummaryList>
      {canEditRegister(viewer.role) ? (
        <ArchiveControls noun="place" name={place.name} archived={place.archived} {...archiveActions}>
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/places/${encodeURIComponent(place.id)}/edit`}>
            Edit place
          </Link>
        </ArchiveControls>
      ) : null}
      <PlacePartners placeId={place.id} name={place.name} />
      <PlaceForums placeId={place.id} name={place.name} />
      <PlaceScores placeId={place.id} name={place.name} />
      <AuditHistory entityType="PLACE" entityId={place.id} />
    </>
  );
}
