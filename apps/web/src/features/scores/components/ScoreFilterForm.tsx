import type { FormEvent } from 'react';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import type { SelectOption } from '../../../shared/components/SelectInput';
import { ROLE_GROUP_OPTIONS, SECTOR_OPTIONS } from '../../../shared/utils/domain-options';
import type { RoleGroup, Sector } from '../../../generated/graphql';
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
          <FilterSelect<Sector> id="sector" label="Sector" allLabel="All sectors" options={SECTOR_OPTIONS} value={filters.sector} onChange={(sector) => onChange({ ...filters, sector })} />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect<RoleGroup>
            id="roleGroup"
            label="Role group"
            allLabel="All role groups"
            options={ROLE_GROUP_OPTIONS}
            value={filters.roleGroup}
            onChange={(roleGroup) => onChange({ ...filters, roleGroup })}
          />
        </div>
      </div>
    </form>
  );
}
