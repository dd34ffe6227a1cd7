import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useParams } from 'react-router';
import { OrganisationDocument } from '../../../generated/graphql';
import { NoPermission } from '../../../shared/components/NoPermission';
import { NotFound } from '../../../shared/components/NotFound';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { partnerFormFromOrganisation } from '../utils/partner-form';
import { PartnerForm } from './PartnerForm';

/** /partners/:id/edit (administrators only). */
export function EditPartnerPage() {
  const viewer = useSignedInViewer();
  const { id = '' } = useParams();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit partners" listPath="/partners" listName="partners register" />;
  return <EditPartner id={id} />;
}

function EditPartner({ id }: { id: string }) {
  // Always start from the saved record, not a cached copy someone else may have changed since.
  const { data, loading, error, refetch } = useQuery(OrganisationDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });

  if (loading && !data) return <PageLoading title="Edit partner">Loading partner…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Edit partner" onRetry={() => void refetch()}>
        This partner could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.organisation) return <NotFound noun="Partner" listPath="/partners" listName="partners register" />;
  return (
    <PartnerForm
      key={data.organisation.id}
      id={data.organisation.id}
      heading={`Edit ${data.organisation.name}`}
      initialValues={partnerFormFromOrganisation(data.organisation)}
      sectorChosenInitially
      cancelTo={`/partners/${encodeURIComponent(data.organisation.id)}`}
    />
  );
}
