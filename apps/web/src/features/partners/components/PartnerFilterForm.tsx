import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS, SECTORS, SECTOR_LABELS } from '@stewardship/domain';
import { RegisterFilterForm } from '../../../shared/components/RegisterFilterForm';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import type { OrganisationKind, Sector } from '../../../generated/graphql';
import type { PartnerFilters } from '../utils/partner-filters';

const KIND_OPTIONS: SelectOption[] = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));
const SECTOR_OPTIONS: SelectOption[] = SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }));

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
            <SelectInput
              id="kind"
              label="Kind"
              labelClassName="nhsuk-label--s"
              emptyOptionLabel="All kinds"
              options={KIND_OPTIONS}
              value={filters.kind ?? ''}
              onChange={(kind) => choose({ kind: (kind || undefined) as OrganisationKind | undefined })}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <SelectInput
              id="sector"
              label="Sector"
              labelClassName="nhsuk-label--s"
              emptyOptionLabel="All sectors"
              options={SECTOR_OPTIONS}
              value={filters.sector ?? ''}
              onChange={(sector) => choose({ sector: (sector || undefined) as Sector | undefined })}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <SelectInput
              id="place"
              label="Place"
              labelClassName="nhsuk-label--s"
              emptyOptionLabel="All places"
              options={places}
              value={filters.placeId ?? ''}
              onChange={(placeId) => choose({ placeId: placeId || undefined })}
            />
          </div>
        </div>
      )}
    </RegisterFilterForm>
  );
}
