import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS, SECTORS, SECTOR_LABELS } from '@stewardship/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { ToggleCheckbox } from '../../../shared/components/ToggleCheckbox';
import type { OrganisationKind, Sector } from '../../../generated/graphql';
import type { PartnerFilters } from '../utils/partner-filters';

const KIND_OPTIONS: SelectOption[] = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));
const SECTOR_OPTIONS: SelectOption[] = SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }));

/** How long typing pauses before the search runs; Enter or "Apply filters" runs it at once. */
const SEARCH_DELAY_MS = 400;

interface PartnerFilterFormProps {
  filters: PartnerFilters;
  onChange: (filters: PartnerFilters, options?: { replace?: boolean }) => void;
  places: SelectOption[];
}

/** Search box; kind, sector and place filters; whether to show archived partners. Results update as the user types or chooses. */
export function PartnerFilterForm({ filters, onChange, places }: PartnerFilterFormProps) {
  const [search, setSearch] = useState(filters.search);

  // Follow changes made elsewhere (Back, "Clear filters") without undoing what the user is typing.
  useEffect(() => {
    setSearch((typed) => (typed.trim() === filters.search ? typed : filters.search));
  }, [filters.search]);

  useEffect(() => {
    if (search.trim() === filters.search) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, search }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...filters, search });
  }

  return (
    <form role="search" aria-label="Filter partners" onSubmit={handleSubmit} noValidate>
      <TextInput
        id="search"
        label="Search"
        hint="Part of a name, or the start of an ODS code"
        type="search"
        autoComplete="off"
        spellCheck={false}
        labelClassName="nhsuk-label--s"
        inputClassName="nhsuk-input--width-20"
        value={search}
        onChange={setSearch}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <SelectInput
            id="kind"
            label="Kind"
            labelClassName="nhsuk-label--s"
            emptyOptionLabel="All kinds"
            options={KIND_OPTIONS}
            value={filters.kind ?? ''}
            onChange={(kind) => onChange({ ...filters, search, kind: (kind || undefined) as OrganisationKind | undefined })}
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
            onChange={(sector) => onChange({ ...filters, search, sector: (sector || undefined) as Sector | undefined })}
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
            onChange={(placeId) => onChange({ ...filters, search, placeId: placeId || undefined })}
          />
        </div>
      </div>
      <ToggleCheckbox
        id="archived"
        label="Show archived partners"
        checked={Boolean(filters.includeArchived)}
        onChange={(checked) => onChange({ ...filters, search, includeArchived: checked ? true : undefined })}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Apply filters
      </button>
    </form>
  );
}
