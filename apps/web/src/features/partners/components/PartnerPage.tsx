import { useQuery } from '@apollo/client/react';
import { canEditRegister, ORGANISATION_KIND_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { OrganisationDocument, type OrganisationFieldsFragment } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { SuccessBanner } from '../../../shared/components/SuccessBanner';
import { useSignedInViewer } from '../../auth/hooks/useViewer';
import { formatDate, placesText, weightText } from '../utils/partner-display';
import { PartnerNotFound } from './PartnerNotFound';

/** Set as router state by the partner form after a save, to show the success banner once. */
export interface PartnerSavedState {
  saved: 'create' | 'update';
}

/** /partners/:id: every field of one partner. */
export function PartnerPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrganisationDocument, { variables: { id } });
  const saved = useSavedBanner();

  if (loading && !data) {
    return (
      <>
        <DocumentTitle title="Partner" />
        <LoadingMessage>Loading partner…</LoadingMessage>
      </>
    );
  }
  if (error || !data) {
    return (
      <>
        <DocumentTitle title="Partner" />
        <h1>Partner</h1>
        <ServiceProblem onRetry={() => void refetch()}>This partner could not be loaded. Try again.</ServiceProblem>
      </>
    );
  }
  if (!data.organisation) return <PartnerNotFound />;
  return <PartnerDetails organisation={data.organisation} saved={saved} />;
}

function PartnerDetails({
  organisation,
  saved,
}: {
  organisation: OrganisationFieldsFragment;
  saved: PartnerSavedState['saved'] | undefined;
}) {
  const viewer = useSignedInViewer();
  return (
    <>
      <DocumentTitle title={organisation.name} />
      {saved ? (
        <SuccessBanner heading={saved === 'create' ? 'Partner added' : 'Changes saved'}>
          <p className="nhsuk-body">
            {saved === 'create'
              ? `${organisation.name} is now in the register.`
              : `Your changes to ${organisation.name} have been saved.`}
          </p>
        </SuccessBanner>
      ) : null}
      <Link className="nhsuk-back-link" to="/partners">
        Back to partners
      </Link>
      <h1>{organisation.name}</h1>
      <dl className="nhsuk-summary-list">
        <Row label="Name">{organisation.name}</Row>
        <Row label="ODS code">{organisation.odsCode ?? 'Not recorded'}</Row>
        <Row label="Kind">{ORGANISATION_KIND_LABELS[organisation.kind]}</Row>
        <Row label="Sector">{SECTOR_LABELS[organisation.sector]}</Row>
        <Row label="Places served">{placesText(organisation.places)}</Row>
        <Row label="Weight">{weightText(organisation.weight)}</Row>
        <Row label="Added">{formatDate(organisation.createdAt)}</Row>
        <Row label="Last changed">{formatDate(organisation.updatedAt)}</Row>
      </dl>
      {canEditRegister(viewer.role) ? (
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/partners/${encodeURIComponent(organisation.id)}/edit`}>
          Edit partner
        </Link>
      ) : null}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

/**
 * Reads the "just saved" flag once and then removes it from the history entry, so reloading
 * the page or coming back to it later does not announce the save again.
 */
function useSavedBanner(): PartnerSavedState['saved'] | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [saved] = useState(() => (location.state as Partial<PartnerSavedState> | null)?.saved);
  useEffect(() => {
    if ((location.state as Partial<PartnerSavedState> | null)?.saved) {
      navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }
  }, [location, navigate]);
  return saved;
}
