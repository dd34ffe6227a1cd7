import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { OrganisationsDocument } from '../../../generated/graphql';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { RegisterActions } from '../../../shared/components/RegisterActions';
import { RegisterResults } from '../../../shared/components/RegisterResults';
import { useRegisterPages } from '../../../shared/hooks/useRegisterPages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { ExportCsvButton } from '../../import/components/ExportCsvButton';
import { usePartnerFilters } from '../hooks/usePartnerFilters';
import { hasActiveFilters, organisationFilterFrom, partnerCountText } from '../utils/partner-filters';
import { PartnerFilterForm } from './PartnerFilterForm';
import { PartnersTable } from './PartnersTable';

export const PAGE_SIZE = 50;

/** /partners: the register of partner organisations, searchable and filterable, 50 at a time. */
export function PartnerListPage() {
  const viewer = useSignedInViewer();
  const { filters, setFilters, clearedQuery } = usePartnerFilters();
  const query = useQuery(OrganisationsDocument, {
    variables: { filter: organisationFilterFrom(filters), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const { options: places } = usePlaceOptions();
  const { nodes, bodyRef, results } = useRegisterPages(query, (query.data ?? query.previousData)?.organisations);
  const filtered = hasActiveFilters(filters);

  return (
    <>
      <DocumentTitle title="Partners" />
      <h1>Partners</h1>
      <p className="nhsuk-body">
        Every organisation in {viewer.system.name}&rsquo;s register, in name order. Archived partners are left out unless
        you ask for them.
      </p>
      <RegisterActions canAdd={canEditRegister(viewer.role)} addTo="/partners/new" addText="Add a partner">
        <ExportCsvButton kind="organisations" />
      </RegisterActions>

      <PartnerFilterForm filters={filters} onChange={setFilters} places={places} />

      <RegisterResults
        noun="partners"
        countText={partnerCountText}
        filtered={filtered}
        clearFiltersTo={`/partners${clearedQuery}`}
        {...results}
      >
        <PartnersTable
          partners={nodes}
          caption={filtered ? 'Partners matching your search and filters' : 'All current partners'}
          busy={query.loading}
          bodyRef={bodyRef}
        />
      </RegisterResults>
    </>
  );
}
