import { canEditRegister } from '@stewardship/domain';
import { useSignedInViewer } from '../../auth/hooks/useViewer';
import { EMPTY_PARTNER_FORM } from '../utils/partner-form';
import { NoPermission } from './NoPermission';
import { PartnerForm } from './PartnerForm';

/** /partners/new (administrators only). */
export function AddPartnerPage() {
  const viewer = useSignedInViewer();
  if (!canEditRegister(viewer.role)) return <NoPermission />;
  return (
    <PartnerForm
      mode={{ type: 'create' }}
      heading="Add a partner"
      initialValues={EMPTY_PARTNER_FORM}
      sectorChosenInitially={false}
      cancelTo="/partners"
    />
  );
}
