import { canEditRegister } from '@stewardship/domain';
import { NoPermission } from '../../../shared/components/NoPermission';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { EMPTY_FORUM_FORM } from '../utils/forum-form';
import { ForumForm } from './ForumForm';

/** /forums/new (administrators only). */
export function AddForumPage() {
  const viewer = useSignedInViewer();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit forums" listPath="/forums" listName="forums register" />;
  return <ForumForm heading="Add a forum" initialValues={EMPTY_FORUM_FORM} cancelTo="/forums" />;
}
