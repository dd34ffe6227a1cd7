import { useApolloClient, useQuery } from '@apollo/client/react';
import { canRecordClaims, canReadClaims } from '@stewardship/domain';
import { useState } from 'react';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { ClaimsDocument, ExportClaimsDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { NoPermission } from '../../../shared/components/NoPermission';
import { RegisterActions } from '../../../shared/components/RegisterActions';
import { RegisterResults } from '../../../shared/components/RegisterResults';
import { useRegisterPages } from '../../../shared/hooks/useRegisterPages';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { downloadTextFile } from '../../../shared/utils/download';
import { useClaimFilters } from '../hooks/useClaimFilters';
import { claimCountText, claimFilterFrom, claimsCsvName, hasActiveClaimFilters } from '../utils/claim-filters';
import { ClaimFilterForm } from './ClaimFilterForm';
import { ClaimsTable } from './ClaimsTable';

export const PAGE_SIZE = 50;

export const CLAIM_READERS_EXPLANATION =
  'Claims are read by everyone who reads the whole system’s figures. A claim’s evidence may be the whole system’s or another place’s, so place leads do not see claims.';

/** /claims: claims from board papers, latest made first, with their suggested and reviewed verdicts, 50 at a time. */
export function ClaimListPage() {
  const viewer = useSignedInViewer();
  if (!canReadClaims(viewer.role)) {
    return <NoPermission action="see claims" listPath="/" listName="home page" explanation={CLAIM_READERS_EXPLANATION} />;
  }
  return <ClaimList canRecord={canRecordClaims(viewer.role)} />;
}

function ClaimList({ canRecord }: { canRecord: boolean }) {
  const { filters, setFilters } = useClaimFilters();
  const filter = claimFilterFrom(filters);
  const query = useQuery(ClaimsDocument, { variables: { filter, first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const { options: places } = usePlaceOptions();
  const { nodes, bodyRef, results } = useRegisterPages(query, (query.data ?? query.previousData)?.claims);
  const filtered = hasActiveClaimFilters(filters);
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  async function downloadCsv() {
    setExporting(true);
    setExportFailed(false);
    try {
      const { data } = await client.query({ query: ExportClaimsDocument, variables: { filter }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No CSV came back');
      downloadTextFile(claimsCsvName(new Date()), data.exportClaims);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <DocumentTitle title="Claims" />
      <h1>Claims</h1>
      <p className="nhsuk-body">
        Claims about collaboration from board papers and strategies, each tested against the evidence: the figures that bear
        on it over the period it speaks of, and a suggested verdict that a non-executive or leader accepts or overrides.
      </p>
      <RegisterActions canAdd={canRecord} addTo="/claims/new" addText="Record a claim">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void downloadCsv()} disabled={exporting}>
          {exporting ? 'Preparing CSV…' : 'Download CSV'}
          <span className="nhsuk-u-visually-hidden"> of the claims {filtered ? 'matching the filters' : ''}</span>
        </button>
      </RegisterActions>
      {exportFailed ? (
        <p className="nhsuk-error-message" role="alert">
          Sorry, the CSV could not be prepared. Try again.
        </p>
      ) : null}

      <ClaimFilterForm filters={filters} onChange={setFilters} places={places} />

      <RegisterResults
        noun="claims"
        countText={claimCountText}
        filtered={filtered}
        clearFiltersTo="/claims"
        emptyText="No claims have been recorded yet."
        {...results}
      >
        <ClaimsTable claims={nodes} caption={filtered ? 'Claims matching the filters, latest made first' : 'All claims, latest made first'} busy={query.loading} bodyRef={bodyRef} />
      </RegisterResults>
    </>
  );
}
