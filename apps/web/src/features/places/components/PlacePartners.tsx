import { useQuery } from '@apollo/client/react';
import { ORGANISATION_KIND_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import { Link } from 'react-router';
import { OrganisationsDocument } from '../../../generated/graphql';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { countText } from '../../../shared/utils/count-text';

const COLUMNS = ['Partner', 'Kind', 'Sector'] as const;
/** The first page of the partners register, so the place page and the register share one cached answer. */
const FIRST = 50;

/** The partners that serve a place, with a link to the register filtered to the place when there are more. */
export function PlacePartners({ placeId, name }: { placeId: string; name: string }) {
  const { data, loading, error, refetch } = useQuery(OrganisationsDocument, { variables: { filter: { placeId }, first: FIRST } });
  const connection = data?.organisations;
  const partners = connection?.edges.map((edge) => edge.node) ?? [];
  const registerLink = `/partners?place=${encodeURIComponent(placeId)}`;

  return (
    <section aria-labelledby="place-partners-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="place-partners-heading">
        Partners in this place{connection ? ` (${connection.totalCount})` : ''}
      </h2>
      {loading && !data ? <LoadingMessage>Loading partners…</LoadingMessage> : null}
      {error && !data ? <ServiceProblem onRetry={() => void refetch()}>The partners of this place could not be loaded.</ServiceProblem> : null}
      {connection && partners.length === 0 ? <p className="nhsuk-body">No current partner serves {name}.</p> : null}
      {partners.length > 0 ? (
        <>
          <ResponsiveTable caption={`Partners serving ${name}`} captionHidden columns={COLUMNS}>
            {partners.map((partner) => (
              <Row key={partner.id}>
                <Cell heading="Partner">
                  <Link to={`/partners/${encodeURIComponent(partner.id)}`}>{partner.name}</Link>
                </Cell>
                <Cell heading="Kind">{ORGANISATION_KIND_LABELS[partner.kind]}</Cell>
                <Cell heading="Sector">{SECTOR_LABELS[partner.sector]}</Cell>
              </Row>
            ))}
          </ResponsiveTable>
          {connection && connection.totalCount > partners.length ? (
            <p className="nhsuk-body">
              Showing {partners.length} of {countText(connection.totalCount, 'partner')}.{' '}
              <Link to={registerLink}>See them all in the partners register</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
