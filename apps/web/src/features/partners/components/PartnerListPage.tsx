import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { Link } from 'react-router';
import { OrganisationsDocument } from '../../../generated/graphql';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { RegisterResults } from '../../../shared/components/RegisterResults';
import { useShowMore } from '../../../shared/hooks/useShowMore';
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
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(OrganisationsDocument, {
    variables: { filter: organisationFilterFrom(filters), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const { options: places } = usePlaceOptions();
  const connection = (data ?? previousData)?.organisations;
  const edges = connection?.edges ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = hasActiveFilters(filters);
  const { bodyRef, showMore, failed: moreFailed } = useShowMore(connection, (after) => fetchMore({ variables: { after } }));

  return (
    <>
      <DocumentTitle title="Partners" />
      <h1>Partners</h1>
      <p className="nhsuk-body">
        Every organisation in {viewer.system.name}&rsquo;s register, in name order. Archived partners are left out unless
        you ask for them.
      </p>
      <div className="nhsuk-button-group">
        {canEditRegister(viewer.role) ? (
          <Link className="nhsuk-button" to="/partners/new">
            Add a partner
          </Link>
        ) : null}
        <ExportCsvButton kind="organisations" />
      </div>

      <PartnerFilterForm filters={filters} onChange={setFilters} places={places} />

      <RegisterResults
        noun="partners"
        connection={connection}
        shown={edges.length}
        countText={partnerCountText}
        loading={loading}
        loadingMore={loadingMore}
        moreFailed={moreFailed}
        error={error}
        filtered={filtered}
        clearFiltersTo={`/partners${clearedQuery}`}
        onRetry={() => void refetch()}
        onShowMore={() => void showMore()}
      >
        <PartnersTable
          partners={edges.map((edge) => edge.node)}
          caption={filtered ? 'Partners matching your search and filters' : 'All current partners'}
          busy={loading}
          bodyRef={bodyRef}
        />
      </RegisterResults>
    </>
  );
}
