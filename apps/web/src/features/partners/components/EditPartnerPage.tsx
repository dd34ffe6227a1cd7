import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useParams } from 'react-router';
import { OrganisationDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../auth/hooks/useViewer';
import { partnerFormFromOrganisation } from '../utils/partner-form';
import { NoPermission } from './NoPermission';
import { PartnerForm } from './PartnerForm';
import { PartnerNotFound } from './PartnerNotFound';

/** /partners/:id/edit (administrators only). */
export function EditPartnerPage() {
  const viewer = useSignedInViewer();
  const { id = '' } = useParams();
  if (!canEditRegister(viewer.role)) return <NoPermission />;
  return <EditPartner id={id} />;
}

function EditPartner({ id }: { id: string }) {
  // Always start from the saved record, not a cached copy someone else may have changed since.
  const { data, loading, error, refetch } = useQuery(OrganisationDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });

  if (loading && !data) {
    return (
      <>
        <DocumentTitle title="Edit partner" />
        <LoadingMessage>Loading partner…</LoadingMessage>
      </>
    );
  }
  if (error || !data) {
    return (
      <>
        <DocumentTitle title="Edit partner" />
        <h1>Edit partner</h1>
        <ServiceProblem onRetry={() => void refetch()}>This partner could not be loaded. Try again.</ServiceProblem>
      </>
    );
  }
  if (!data.organisation) return <PartnerNotFound />;
  return (
    <PartnerForm
      key={data.organisation.id}
      mode={{ type: 'update', id: data.organisation.id }}
      heading={`Edit ${data.organisation.name}`}
      initialValues={partnerFormFromOrganisation(data.organisation)}
      sectorChosenInitially
      cancelTo={`/partners/${encodeURIComponent(data.organisation.id)}`}
    />
  );
}
