import { useQuery } from '@apollo/client/react';
import { canEditRegister, ORGANISATION_KIND_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import { Link, useParams } from 'react-router';
import {
  ArchiveOrganisationDocument,
  OrganisationDocument,
  RestoreOrganisationDocument,
  type OrganisationFieldsFragment,
} from '../../../generated/graphql';
import { ArchiveControls } from '../../../shared/components/ArchiveControls';
import { ArchivedTag } from '../../../shared/components/ArchivedTag';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { NotFound } from '../../../shared/components/NotFound';
import { RecordSavedBanner } from '../../../shared/components/RecordSavedBanner';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { SummaryList, SummaryRow } from '../../../shared/components/SummaryList';
import { useArchiveActions } from '../../../shared/hooks/useArchiveActions';
import { useSavedBanner } from '../../../shared/hooks/useSavedBanner';
import { formatDate } from '../../../shared/utils/format-dates';
import { AuditHistory } from '../../audit/components/AuditHistory';
import { NetworkPosition } from '../../network/components/NetworkPosition';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { placesText, weightText } from '../utils/partner-display';
import { PartnerRelationships } from './PartnerRelationships';
import { PartnerSeats } from './PartnerSeats';

/** /partners/:id: every field of one partner, the seats it holds, its relationship ratings in aggregate, its network position over time, its change history; edit, archive and restore for administrators. */
export function PartnerPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrganisationDocument, { variables: { id } });
  const saved = useSavedBanner();

  if (loading && !data) return <PageLoading title="Partner">Loading partner…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Partner" onRetry={() => void refetch()}>
        This partner could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.organisation) return <NotFound noun="Partner" listPath="/partners" listName="partners register" />;
  return <PartnerDetails organisation={data.organisation} saved={saved} />;
}

function PartnerDetails({ organisation, saved }: { organisation: OrganisationFieldsFragment; saved: ReturnType<typeof useSavedBanner> }) {
  const viewer = useSignedInViewer();
  const archiveActions = useArchiveActions(ArchiveOrganisationDocument, RestoreOrganisationDocument, organisation.id);
  return (
    <>
      <DocumentTitle title={organisation.name} />
      <RecordSavedBanner saved={saved} noun="Partner" name={organisation.name} />
      <Link className="nhsuk-back-link" to="/partners">
        Back to partners
      </Link>
      <h1>
        {organisation.name}
        {organisation.archived ? <ArchivedTag /> : null}
      </h1>
      <SummaryList>
        <SummaryRow label="Name">{organisation.name}</SummaryRow>
        <SummaryRow label="ODS code">{organisation.odsCode ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="Kind">{ORGANISATION_KIND_LABELS[organisation.kind]}</SummaryRow>
        <SummaryRow label="Sector">{SECTOR_LABELS[organisation.sector]}</SummaryRow>
        <SummaryRow label="Places served">{placesText(organisation.places)}</SummaryRow>
        <SummaryRow label="Weight">{weightText(organisation.weight)}</SummaryRow>
        <SummaryRow label="External ID">{organisation.externalId ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="Status">{organisation.archived ? 'Archived: left out of lists and pickers' : 'Current'}</SummaryRow>
        <SummaryRow label="Added">{formatDate(organisation.createdAt)}</SummaryRow>
        <SummaryRow label="Last changed">{formatDate(organisation.updatedAt)}</SummaryRow>
      </SummaryList>
      {canEditRegister(viewer.role) ? (
        <ArchiveControls noun="partner" name={organisation.name} archived={organisation.archived} {...archiveActions}>
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/partners/${encodeURIComponent(organisation.id)}/edit`}>
            Edit partner
          </Link>
        </ArchiveControls>
      ) : null}
      <PartnerSeats organisationId={organisation.id} name={organisation.name} />
      <PartnerRelationships organisationId={organisation.id} name={organisation.name} />
      <NetworkPosition organisationId={organisation.id} name={organisation.name} />
      <AuditHistory entityType="ORGANISATION" entityId={organisation.id} />
    </>
  );
}
