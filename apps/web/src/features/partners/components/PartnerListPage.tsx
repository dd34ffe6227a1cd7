import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { OrganisationsDocument, PlacesDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { ServiceProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../auth/hooks/useViewer';
import { usePartnerFilters } from '../hooks/usePartnerFilters';
import { hasActiveFilters, organisationFilterFrom, partnerCountText } from '../utils/partner-filters';
import { PartnerFilterForm } from './PartnerFilterForm';
import { PartnersTable } from './PartnersTable';

export const PAGE_SIZE = 50;

/** /partners: the register of partner organisations, searchable and filterable, 50 at a time. */
export function PartnerListPage() {
  const viewer = useSignedInViewer();
  const { filters, setFilters, clearedQuery } = usePartnerFilters();
  const placesQuery = useQuery(PlacesDocument);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(OrganisationsDocument, {
    variables: { filter: organisationFilterFrom(filters), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [moreFailed, setMoreFailed] = useState(false);
  const [focusRowIndex, setFocusRowIndex] = useState<number | null>(null);
  const tableBody = useRef<HTMLTableSectionElement>(null);

  const places = useMemo(
    () => (placesQuery.data?.places ?? []).map((place) => ({ value: place.id, label: place.name })),
    [placesQuery.data],
  );
  const connection = (data ?? previousData)?.organisations;
  const edges = connection?.edges ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = hasActiveFilters(filters);

  // After "Show more", put keyboard focus on the first partner that was added.
  useEffect(() => {
    if (focusRowIndex === null) return;
    const links = tableBody.current?.querySelectorAll('a');
    if (links && links.length > focusRowIndex) {
      links[focusRowIndex].focus();
      setFocusRowIndex(null);
    }
  }, [focusRowIndex, edges.length]);

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    setMoreFailed(false);
    const shownBefore = connection.edges.length;
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
      setFocusRowIndex(shownBefore);
    } catch {
      setMoreFailed(true);
    }
  }

  let status = '';
  if (loading && !loadingMore) status = 'Loading partners…';
  else if (connection && !error) status = partnerCountText(connection.totalCount);

  return (
    <>
      <DocumentTitle title="Partners" />
      <h1>Partners</h1>
      <p className="nhsuk-body">Every organisation in {viewer.system.name}&rsquo;s register, in name order.</p>
      {canEditRegister(viewer.role) ? (
        <p className="nhsuk-body">
          <Link className="nhsuk-button" to="/partners/new">
            Add a partner
          </Link>
        </p>
      ) : null}

      <PartnerFilterForm filters={filters} onChange={setFilters} places={places} />

      <h2 className="nhsuk-heading-m">Results</h2>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {status}
      </p>

      {error && !loading ? (
        <ServiceProblem onRetry={() => void refetch()}>The list of partners could not be loaded. Try again.</ServiceProblem>
      ) : null}

      {!error && connection && connection.totalCount === 0 && !loading ? (
        filtered ? (
          <p className="nhsuk-body">
            No partners match your search and filters. <Link to={`/partners${clearedQuery}`}>Clear filters</Link>
          </p>
        ) : (
          <p className="nhsuk-body">There are no partners in the register yet.</p>
        )
      ) : null}

      {!error && edges.length > 0 ? (
        <>
          {filtered ? (
            <p className="nhsuk-body">
              <Link to={`/partners${clearedQuery}`}>Clear filters</Link>
            </p>
          ) : null}
          <PartnersTable
            partners={edges.map((edge) => edge.node)}
            caption={filtered ? 'Partners matching your search and filters' : 'All partners'}
            busy={loading}
            bodyRef={tableBody}
          />
          {connection?.pageInfo.hasNextPage ? (
            <>
              <p className="nhsuk-body">
                Showing {edges.length.toLocaleString('en-GB')} of {connection.totalCount.toLocaleString('en-GB')}.
              </p>
              {moreFailed ? (
                <p className="nhsuk-error-message" role="alert">
                  More partners could not be loaded. Try again.
                </p>
              ) : null}
              <button
                className="nhsuk-button nhsuk-button--secondary"
                type="button"
                onClick={() => void showMore()}
                disabled={loadingMore}
              >
                Show more
              </button>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
