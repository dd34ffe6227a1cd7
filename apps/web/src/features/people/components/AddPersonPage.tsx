import { canEditRegister } from '@stewardship/domain';
import { NoPermission } from '../../../shared/components/NoPermission';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { EMPTY_PERSON_FORM } from '../utils/person-form';
import { PersonForm } from './PersonForm';

/** /people/new (administrators only). */
export function AddPersonPage() {
  const viewer = useSignedInViewer();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit people" listPath="/people" listName="people register" />;
  return <PersonForm heading="Add a person" initialValues={EMPTY_PERSON_FORM} cancelTo="/people" />;
}
