import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useParams } from 'react-router';
import { ForumDocument } from '../../../generated/graphql';
import { NoPermission } from '../../../shared/components/NoPermission';
import { NotFound } from '../../../shared/components/NotFound';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { forumFormFrom } from '../utils/forum-form';
import { ForumForm } from './ForumForm';

/** /forums/:id/edit (administrators only). */
export function EditForumPage() {
  const viewer = useSignedInViewer();
  const { id = '' } = useParams();
  if (!canEditRegister(viewer.role)) return <NoPermission action="add or edit forums" listPath="/forums" listName="forums register" />;
  return <EditForum id={id} />;
}

function EditForum({ id }: { id: string }) {
  // Always start from the saved record, not a cached copy someone else may have changed since.
  const { data, loading, error, refetch } = useQuery(ForumDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoading title="Edit forum">Loading forum…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Edit forum" onRetry={() => void refetch()}>
        This forum could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.forum) return <NotFound noun="Forum" listPath="/forums" listName="forums register" />;
  const path = `/forums/${encodeURIComponent(data.forum.id)}`;
  return <ForumForm key={data.forum.id} id={data.forum.id} heading={`Edit ${data.forum.name}`} initialValues={forumFormFrom(data.forum)} currentPlace={data.forum.place} cancelTo={path} />;
}
