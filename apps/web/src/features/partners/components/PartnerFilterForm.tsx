import { FilterSelect } from '../../../shared/components/FilterSelect';
import { RegisterFilterForm } from '../../../shared/components/RegisterFilterForm';
import type { SelectOption } from '../../../shared/components/SelectInput';
import { ORGANISATION_KIND_OPTIONS, SECTOR_OPTIONS } from '../../../shared/utils/domain-options';
import type { OrganisationKind, Sector } from '../../../generated/graphql';
import type { PartnerFilters } from '../utils/partner-filters';

interface PartnerFilterFormProps {
  filters: PartnerFilters;
  onChange: (filters: PartnerFilters, options?: { replace?: boolean }) => void;
  places: SelectOption[];
}

/** Search box; kind, sector and place filters; whether to show archived partners. */
export function PartnerFilterForm({ filters, onChange, places }: PartnerFilterFormProps) {
  return (
    <RegisterFilterForm
      label="Filter partners"
      searchHint="Part of a name, or the start of an ODS code"
      archivedLabel="Show archived partners"
      filters={filters}
      onChange={onChange}
    >
      {(choose) => (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FilterSelect<OrganisationKind> id="kind" label="Kind" allLabel="All kinds" options={ORGANISATION_KIND_OPTIONS} value={filters.kind} onChange={(kind) => choose({ kind })} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FilterSelect<Sector> id="sector" label="Sector" allLabel="All sectors" options={SECTOR_OPTIONS} value={filters.sector} onChange={(sector) => choose({ sector })} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FilterSelect id="place" label="Place" allLabel="All places" options={places} value={filters.placeId} onChange={(placeId) => choose({ placeId })} />
          </div>
        </div>
      )}
    </RegisterFilterForm>
  );
}
