import { canEditRegister } from '@stewardship/domain';
import { NoPermission } from '../../../shared/components/NoPermission';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { EMPTY_PLACE_FORM } from '../utils/place-form';
import { PlaceForm } from './PlaceForm';

/** /places/new (administrators only). */
export function AddPlacePage() {
  const viewer = useSignedInViewer();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit places" listPath="/places" listName="places register" />;
  return <PlaceForm heading="Add a place" initialValues={EMPTY_PLACE_FORM} cancelTo="/places" />;
}
