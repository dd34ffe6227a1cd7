import { useQuery } from '@apollo/client/react';
import { canEditRegister, ROLE_GROUP_LABELS } from '@stewardship/domain';
import { Link, useParams } from 'react-router';
import { ArchivePersonDocument, PersonDocument, RestorePersonDocument, type PersonFieldsFragment } from '../../../generated/graphql';
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
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { useOrganisationOptions } from '../../../shared/pickers/hooks/useOrganisationOptions';

/** /people/:id: one person, their change history, and for administrators edit, archive and restore. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PersonDocument, { variables: { id } });
  const saved = useSavedBanner();

  if (loading && !data) return <PageLoading title="Person">Loading person…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title="Person" onRetry={() => void refetch()}>
        This person could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.person) return <NotFound noun="Person" listPath="/people" listName="people register" />;
  return <PersonDetails person={data.person} saved={saved} />;
}

function PersonDetails({ person, saved }: { person: PersonFieldsFragment; saved: ReturnType<typeof useSavedBanner> }) {
  const viewer = useSignedInViewer();
  const archiveActions = useArchiveActions(ArchivePersonDocument, RestorePersonDocument, person.id);
  // Partners by name, archived ones too, so the history can say which organisation someone moved from.
  const { names } = useOrganisationOptions(true);
  return (
    <>
      <DocumentTitle title={person.name} />
      <RecordSavedBanner saved={saved} noun="Person" name={person.name} />
      <Link className="nhsuk-back-link" to="/people">
        Back to people
      </Link>
      <h1>
        {person.name}
        {person.archived ? <ArchivedTag /> : null}
      </h1>
      <SummaryList>
        <SummaryRow label="Name">{person.name}</SummaryRow>
        <SummaryRow label="Work email">{person.email}</SummaryRow>
        <SummaryRow label="Organisation">
          <Link to={`/partners/${encodeURIComponent(person.organisation.id)}`}>{person.organisation.name}</Link>
        </SummaryRow>
        <SummaryRow label="Role group">{ROLE_GROUP_LABELS[person.roleGroup]}</SummaryRow>
        <SummaryRow label="External ID">{person.externalId ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="Status">{person.archived ? 'Archived: left out of lists and pickers' : 'Current'}</SummaryRow>
        <SummaryRow label="Added">{formatDate(person.createdAt)}</SummaryRow>
        <SummaryRow label="Last changed">{formatDate(person.updatedAt)}</SummaryRow>
      </SummaryList>
      {canEditRegister(viewer.role) ? (
        <ArchiveControls noun="person" name={person.name} archived={person.archived} {...archiveActions}>
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/people/${encodeURIComponent(person.id)}/edit`}>
            Edit person
          </Link>
        </ArchiveControls>
      ) : null}
      <AuditHistory entityType="PERSON" entityId={person.id} names={names} />
    </>
  );
}
