import { useQuery } from '@apollo/client/react';
import { canEditRegister, FORUM_KIND_LABELS } from '@stewardship/domain';
import { Link } from 'react-router';
import { ForumsDocument } from '../../../generated/graphql';
import { ArchivedTag } from '../../../shared/components/ArchivedTag';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { RegisterActions } from '../../../shared/components/RegisterActions';
import { ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { ToggleCheckbox } from '../../../shared/components/ToggleCheckbox';
import { useToggleParam } from '../../../shared/hooks/useToggleParam';
import { countText } from '../../../shared/utils/count-text';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { ExportCsvButton } from '../../import/components/ExportCsvButton';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { useForumPlaceFilter } from '../hooks/useForumPlaceFilter';

const COLUMNS = ['Name', 'Kind', 'Place', 'Current seats'] as const;

/** /forums: the system's decision-making bodies with how many seats each has now. */
export function ForumListPage() {
  const viewer = useSignedInViewer();
  const [showArchived, setShowArchived] = useToggleParam('archived');
  const { data, previousData, loading, error, refetch } = useQuery(ForumsDocument, { variables: { includeArchived: showArchived } });
  const [placeId, setPlaceId] = useForumPlaceFilter();
  const { options: places } = usePlaceOptions();
  const allForums = (data ?? previousData)?.forums;
  const forums = placeId ? allForums?.filter((forum) => forum.place?.id === placeId) : allForums;

  return (
    <>
      <DocumentTitle title="Forums" />
      <h1>Forums</h1>
      <p className="nhsuk-body">
        The decision-making bodies of {viewer.system.name} and the partners that hold seats on them, in name order.
      </p>
      <RegisterActions canAdd={canEditRegister(viewer.role)} addTo="/forums/new" addText="Add a forum">
        <ExportCsvButton kind="forums" />
      </RegisterActions>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect id="place" label="Place" allLabel="All places" options={places} value={placeId} onChange={setPlaceId} />
        </div>
      </div>
      <ToggleCheckbox id="archived" label="Show archived forums" checked={showArchived} onChange={setShowArchived} />

      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {loading ? 'Loading forums…' : forums && !error ? countText(forums.length, 'forum') : ''}
      </p>
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The list of forums could not be loaded. Try again.</ServiceProblem> : null}
      {!error && forums && forums.length === 0 && !loading ? (
        <p className="nhsuk-body">
          {placeId
            ? 'There are no forums for this place. Choose “All places” to see every forum.'
            : showArchived
              ? 'There are no forums in the register yet.'
              : 'There are no current forums in the register.'}
        </p>
      ) : null}
      {!error && forums && forums.length > 0 ? (
        <ResponsiveTable caption={`${showArchived ? 'All forums, archived ones included' : 'Current forums'}${placeId ? ', for the place chosen' : ''}`} columns={COLUMNS} busy={loading}>
          {forums.map((forum) => (
            <Row key={forum.id}>
              <Cell heading="Name">
                <Link to={`/forums/${encodeURIComponent(forum.id)}`}>{forum.name}</Link>
                {forum.archived ? <ArchivedTag /> : null}
              </Cell>
              <Cell heading="Kind">{FORUM_KIND_LABELS[forum.kind]}</Cell>
              <Cell heading="Place">{forum.place?.name ?? 'Whole system'}</Cell>
              <Cell heading="Current seats">{forum.seats.length.toLocaleString('en-GB')}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      ) : null}
    </>
  );
}
