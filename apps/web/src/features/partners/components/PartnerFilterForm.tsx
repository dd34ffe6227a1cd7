import { FilterSelect, SectorFilter } from '../../../shared/components/FilterSelect';
import { RegisterFilterForm, type FilterFormProps } from '../../../shared/components/RegisterFilterForm';
import type { SelectOption } from '../../../shared/components/SelectInput';
import { ORGANISATION_KIND_OPTIONS } from '../../../shared/utils/domain-options';
import type { OrganisationKind } from '../../../generated/graphql';
import type { PartnerFilters } from '../utils/partner-filters';

interface PartnerFilterFormProps extends FilterFormProps<PartnerFilters> {
  places: SelectOption[];
}

/** Search box; kind, sector and place filters; whether to show archived partners. */
export function PartnerFilterForm({ places, ...form }: PartnerFilterFormProps) {
  return (
    <RegisterFilterForm
      label="Filter partners"
      searchHint="Part of a name, or the start of an ODS code"
      archivedLabel="Show archived partners"
      {...form}
    >
      {(choose) => (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FilterSelect<OrganisationKind> id="kind" label="Kind" allLabel="All kinds" options={ORGANISATION_KIND_OPTIONS} value={form.filters.kind} onChange={(kind) => choose({ kind })} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <SectorFilter value={form.filters.sector} onChange={(sector) => choose({ sector })} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FilterSelect id="place" label="Place" allLabel="All places" options={places} value={form.filters.placeId} onChange={(placeId) => choose({ placeId })} />
          </div>
        </div>
      )}
    </RegisterFilterForm>
  );
}
