import { useQuery } from '@apollo/client/react';
import { canEditRegister, FORUM_KIND_LABELS } from '@stewardship/domain';
import { Link, useParams } from 'react-router';
import { ArchiveForumDocument, ForumDocument, RestoreForumDocument, type ForumFieldsFragment } from '../../../generated/graphql';
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
import { usePlaceNames } from '../../../shared/pickers/hooks/usePlaceNames';
import { ForumSeats } from './ForumSeats';

/** /forums/:id: one forum, its seats now (or over time, with "Show seat history") and its change history. */
export function ForumPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ForumDocument, { variables: { id } });
  const saved = useSavedBanner();

  if (loading && !data) return <PageLoading title="Forum">Loading forum…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Forum" onRetry={() => void refetch()}>
        This forum could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.forum) return <NotFound noun="Forum" listPath="/forums" listName="forums register" />;
  return <ForumDetails forum={data.forum} saved={saved} />;
}

function ForumDetails({ forum, saved }: { forum: ForumFieldsFragment; saved: ReturnType<typeof useSavedBanner> }) {
  const viewer = useSignedInViewer();
  const canEdit = canEditRegister(viewer.role);
  const archiveActions = useArchiveActions(ArchiveForumDocument, RestoreForumDocument, forum.id);
  const placeNames = usePlaceNames();
  const path = `/forums/${encodeURIComponent(forum.id)}`;

  return (
    <>
      <DocumentTitle title={forum.name} />
      <RecordSavedBanner saved={saved} noun="Forum" name={forum.name} />
      <Link className="nhsuk-back-link" to="/forums">
        Back to forums
      </Link>
      <h1>
        {forum.name}
        {forum.archived ? <ArchivedTag /> : null}
      </h1>
      <SummaryList>
        <SummaryRow label="Name">{forum.name}</SummaryRow>
        <SummaryRow label="Kind">{FORUM_KIND_LABELS[forum.kind]}</SummaryRow>
        <SummaryRow label="Place">
          {forum.place ? <Link to={`/places/${encodeURIComponent(forum.place.id)}`}>{forum.place.name}</Link> : 'Whole system'}
        </SummaryRow>
        <SummaryRow label="External ID">{forum.externalId ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="Status">{forum.archived ? 'Archived: left out of lists and pickers' : 'Current'}</SummaryRow>
      </SummaryList>
      {canEdit ? (
        <ArchiveControls noun="forum" name={forum.name} archived={forum.archived} {...archiveActions}>
          <Link className="nhsuk-button nhsuk-button--secondary" to={`${path}/edit`}>
            Edit forum
          </Link>
        </ArchiveControls>
      ) : null}
      <ForumSeats forumId={forum.id} canEdit={canEdit} />
      <AuditHistory entityType="FORUM" entityId={forum.id} names={placeNames} />
    </>
  );
}
