import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { Link } from 'react-router';
import { PlacesRegisterDocument } from '../../../generated/graphql';
import { ArchivedTag } from '../../../shared/components/ArchivedTag';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { RegisterActions } from '../../../shared/components/RegisterActions';
import { ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { ToggleCheckbox } from '../../../shared/components/ToggleCheckbox';
import { useToggleParam } from '../../../shared/hooks/useToggleParam';
import { countText } from '../../../shared/utils/count-text';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { ExportCsvButton } from '../../import/components/ExportCsvButton';

const COLUMNS = ['Name', 'Local authority', 'ONS code'] as const;

/** /places: the system's place-based partnerships, archived ones on request. */
export function PlaceListPage() {
  const viewer = useSignedInViewer();
  const [showArchived, setShowArchived] = useToggleParam('archived');
  const { data, previousData, loading, error, refetch } = useQuery(PlacesRegisterDocument, {
    variables: { includeArchived: showArchived },
  });
  const places = (data ?? previousData)?.places;

  return (
    <>
      <DocumentTitle title="Places" />
      <h1>Places</h1>
      <p className="nhsuk-body">
        The place-based partnerships in {viewer.system.name}, usually one for each local authority, in name order.
      </p>
      <RegisterActions canAdd={canEditRegister(viewer.role)} addTo="/places/new" addText="Add a place">
        <ExportCsvButton kind="places" />
      </RegisterActions>
      <ToggleCheckbox id="archived" label="Show archived places" checked={showArchived} onChange={setShowArchived} />

      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {loading ? 'Loading places…' : places && !error ? countText(places.length, 'place') : ''}
      </p>
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The list of places could not be loaded. Try again.</ServiceProblem> : null}
      {!error && places && places.length === 0 && !loading ? (
        <p className="nhsuk-body">{showArchived ? 'There are no places in the register yet.' : 'There are no current places in the register.'}</p>
      ) : null}
      {!error && places && places.length > 0 ? (
        <ResponsiveTable caption={showArchived ? 'All places, archived ones included' : 'Current places'} columns={COLUMNS} busy={loading}>
          {places.map((place) => (
            <Row key={place.id}>
              <Cell heading="Name">
                <Link to={`/places/${encodeURIComponent(place.id)}`}>{place.name}</Link>
                {place.archived ? <ArchivedTag /> : null}
              </Cell>
              <Cell heading="Local authority">{place.localAuthority ?? 'Not recorded'}</Cell>
              <Cell heading="ONS code">{place.onsCode ?? 'None'}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      ) : null}
    </>
  );
}
