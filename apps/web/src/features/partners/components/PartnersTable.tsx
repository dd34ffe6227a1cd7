import { ORGANISATION_KIND_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import type { Ref } from 'react';
import { Link } from 'react-router';
import type { OrganisationsQuery } from '../../../generated/graphql';
import { ArchivedTag } from '../../../shared/components/ArchivedTag';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { placesText } from '../utils/partner-display';

type PartnerRow = OrganisationsQuery['organisations']['edges'][number]['node'];

interface PartnersTableProps {
  partners: PartnerRow[];
  caption: string;
  busy: boolean;
  bodyRef?: Ref<HTMLTableSectionElement>;
}

const COLUMNS = ['Name', 'Kind', 'Sector', 'Places', 'ODS code'] as const;

/** The register as an NHS.UK responsive table: a table on wide screens, one card per partner on a phone. */
export function PartnersTable({ partners, caption, busy, bodyRef }: PartnersTableProps) {
  return (
    <ResponsiveTable caption={caption} columns={COLUMNS} busy={busy} bodyRef={bodyRef}>
      {partners.map((partner) => (
        <Row key={partner.id}>
          <Cell heading="Name">
            <Link to={`/partners/${encodeURIComponent(partner.id)}`}>{partner.name}</Link>
            {partner.archived ? <ArchivedTag /> : null}
          </Cell>
          <Cell heading="Kind">{ORGANISATION_KIND_LABELS[partner.kind]}</Cell>
          <Cell heading="Sector">{SECTOR_LABELS[partner.sector]}</Cell>
          <Cell heading="Places">{placesText(partner.places)}</Cell>
          <Cell heading="ODS code">{partner.odsCode ?? 'None'}</Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
