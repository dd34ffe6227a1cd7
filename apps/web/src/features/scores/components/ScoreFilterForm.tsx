import type { FormEvent } from 'react';
import { formatMonth } from '@stewardship/web-charts';
import { FilterSelect, RoleGroupFilter, SectorFilter } from '../../../shared/components/FilterSelect';
import { PlaceFilter } from '../../../shared/components/PlaceFilter';
import type { SelectOption } from '../../../shared/components/SelectInput';
import type { ScoreFilters } from '../utils/score-filters';


interface ScoreFilterFormProps {
  filters: ScoreFilters;
  onChange: (filters: ScoreFilters) => void;
  places: SelectOption[];
  /** Months whose round has opened, newest first; the first is the default. */
  months: readonly string[];
  /** A place lead sees their own place only: the place is stated, not chosen. */
  fixedPlace?: string;
}

/** Latest month, place, sector and role group. The charts follow each choice at once; the choices live in the URL. */
export function ScoreFilterForm({ filters, onChange, places, months, fixedPlace }: ScoreFilterFormProps) {
  const [latest, ...earlier] = months;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  return (
    <form aria-label="Filter practice scores" onSubmit={handleSubmit} noValidate>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-quarter">
          <FilterSelect
            id="month"
            label="Latest month"
            allLabel={latest ? `${formatMonth(latest)} (latest)` : 'The latest'}
            options={earlier.map((month) => ({ value: month, label: formatMonth(month) }))}
            value={filters.toMonth === latest ? undefined : filters.toMonth}
            onChange={(toMonth) => onChange({ ...filters, toMonth })}
          />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <PlaceFilter fixedPlace={fixedPlace} allLabel="All places" options={places} value={filters.placeId} onChange={(placeId) => onChange({ ...filters, placeId })} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <SectorFilter value={filters.sector} onChange={(sector) => onChange({ ...filters, sector })} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <RoleGroupFilter value={filters.roleGroup} onChange={(roleGroup) => onChange({ ...filters, roleGroup })} />
        </div>
      </div>
    </form>
  );
}
