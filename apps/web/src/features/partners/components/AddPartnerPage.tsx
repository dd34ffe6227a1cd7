import { canEditRegister } from '@stewardship/domain';
import { NoPermission } from '../../../shared/components/NoPermission';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { EMPTY_PARTNER_FORM } from '../utils/partner-form';
import { PartnerForm } from './PartnerForm';

/** /partners/new (administrators only). */
export function AddPartnerPage() {
  const viewer = useSignedInViewer();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit partners" listPath="/partners" listName="partners register" />;
  return (
    <PartnerForm
      heading="Add a partner"
      initialValues={EMPTY_PARTNER_FORM}
      sectorChosenInitially={false}
      cancelTo="/partners"
    />
  );
}
