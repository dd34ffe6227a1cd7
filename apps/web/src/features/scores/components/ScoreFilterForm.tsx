import type { FormEvent } from 'react';
import { FilterSelect, RoleGroupFilter, SectorFilter } from '../../../shared/components/FilterSelect';
import type { SelectOption } from '../../../shared/components/SelectInput';
import type { ScoreFilters } from '../utils/score-filters';


interface ScoreFilterFormProps {
  filters: ScoreFilters;
  onChange: (filters: ScoreFilters) => void;
  places: SelectOption[];
  /** A place lead sees their own place only: the place is stated, not chosen. */
  fixedPlace?: string;
}

/** Place, sector and role group. The charts follow each choice at once; the choices live in the URL. */
export function ScoreFilterForm({ filters, onChange, places, fixedPlace }: ScoreFilterFormProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  return (
    <form aria-label="Filter practice scores" onSubmit={handleSubmit} noValidate>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          {fixedPlace ? (
            <div className="nhsuk-form-group">
              <p className="nhsuk-label nhsuk-label--s">Place</p>
              <p className="nhsuk-body">{fixedPlace} (your place)</p>
            </div>
          ) : (
            <FilterSelect id="place" label="Place" allLabel="All places" options={places} value={filters.placeId} onChange={(placeId) => onChange({ ...filters, placeId })} />
          )}
        </div>
        <div className="nhsuk-grid-column-one-third">
          <SectorFilter value={filters.sector} onChange={(sector) => onChange({ ...filters, sector })} />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <RoleGroupFilter value={filters.roleGroup} onChange={(roleGroup) => onChange({ ...filters, roleGroup })} />
        </div>
      </div>
    </form>
  );
}
