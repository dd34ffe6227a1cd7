import { useQuery } from '@apollo/client/react';
import { canEditRegister, ROLE_GROUP_LABELS } from '@stewardship/domain';
import { Link } from 'react-router';
import { PeopleDocument } from '../../../generated/graphql';
import { ArchivedTag } from '../../../shared/components/ArchivedTag';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { RegisterActions } from '../../../shared/components/RegisterActions';
import { RegisterResults } from '../../../shared/components/RegisterResults';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { useRegisterPages } from '../../../shared/hooks/useRegisterPages';
import { countText } from '../../../shared/utils/count-text';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { ExportCsvButton } from '../../import/components/ExportCsvButton';
import { useOrganisationOptions } from '../../../shared/pickers/hooks/useOrganisationOptions';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { usePeopleFilters } from '../hooks/usePeopleFilters';
import { hasActivePeopleFilters, peopleFilterFrom } from '../utils/people-filters';
import { PeopleFilterForm } from './PeopleFilterForm';

export const PEOPLE_PAGE_SIZE = 50;
const COLUMNS = ['Name', 'Organisation', 'Role group', 'Work email'] as const;

/** /people: who represents each partner, searchable and filterable, 50 at a time. */
export function PeopleListPage() {
  const viewer = useSignedInViewer();
  const { filters, setFilters, clearedQuery } = usePeopleFilters();
  const organisations = useOrganisationOptions(false);
  const { options: places } = usePlaceOptions();
  const query = useQuery(PeopleDocument, {
    variables: { filter: peopleFilterFrom(filters), first: PEOPLE_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, bodyRef, results } = useRegisterPages(query, (query.data ?? query.previousData)?.people);
  const filtered = hasActivePeopleFilters(filters);

  return (
    <>
      <DocumentTitle title="People" />
      <h1>People</h1>
      <p className="nhsuk-body">The people who represent each partner of {viewer.system.name}, in name order.</p>
      <RegisterActions canAdd={canEditRegister(viewer.role)} addTo="/people/new" addText="Add a person">
        <ExportCsvButton kind="people" />
      </RegisterActions>

      <PeopleFilterForm filters={filters} onChange={setFilters} organisations={organisations.options} places={places} />

      <RegisterResults
        noun="people"
        countText={(total) => countText(total, 'person', 'people')}
        filtered={filtered}
        clearFiltersTo={`/people${clearedQuery}`}
        {...results}
      >
        <ResponsiveTable
          caption={filtered ? 'People matching your search and filters' : 'All current people'}
          columns={COLUMNS}
          busy={query.loading}
          bodyRef={bodyRef}
        >
          {nodes.map((person) => (
            <Row key={person.id}>
              <Cell heading="Name">
                <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                {person.archived ? <ArchivedTag /> : null}
              </Cell>
              <Cell heading="Organisation">{person.organisation.name}</Cell>
              <Cell heading="Role group">{ROLE_GROUP_LABELS[person.roleGroup]}</Cell>
              <Cell heading="Work email">{person.email}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      </RegisterResults>
    </>
  );
}
