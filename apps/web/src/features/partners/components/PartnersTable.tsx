import { ORGANISATION_KIND_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import type { Ref } from 'react';
import { Link } from 'react-router';
import type { OrganisationsQuery } from '../../../generated/graphql';
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
    <div className="nhsuk-table-container">
      <table className="nhsuk-table nhsuk-table--responsive" role="table" aria-busy={busy}>
        <caption className="nhsuk-table__caption">{caption}</caption>
        {/* Explicit table roles, as NHS.UK's responsive table has them: its phone layout uses display: block,
            which strips table semantics in some browsers. */}
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            {COLUMNS.map((column) => (
              <th className="nhsuk-table__header" scope="col" role="columnheader" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" ref={bodyRef}>
          {partners.map((partner) => (
            <tr className="nhsuk-table__row" role="row" key={partner.id}>
              <Cell heading="Name">
                <Link to={`/partners/${encodeURIComponent(partner.id)}`}>{partner.name}</Link>
              </Cell>
              <Cell heading="Kind">{ORGANISATION_KIND_LABELS[partner.kind]}</Cell>
              <Cell heading="Sector">{SECTOR_LABELS[partner.sector]}</Cell>
              <Cell heading="Places">{placesText(partner.places)}</Cell>
              <Cell heading="ODS code">{partner.odsCode ?? 'None'}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A cell with the column heading repeated for the stacked phone layout (hidden from screen readers, which have the header). */
function Cell({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <td className="nhsuk-table__cell" role="cell">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {children}
    </td>
  );
}
