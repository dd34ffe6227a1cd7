import { ROLE_GROUP_LABELS, ROLE_GROUPS, SECTOR_LABELS, SECTORS } from '@stewardship/domain';
import type { FormEvent } from 'react';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import type { RoleGroup, Sector } from '../../../generated/graphql';
import type { ScoreFilters } from '../utils/score-filters';

const SECTOR_OPTIONS: SelectOption[] = SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }));
const ROLE_GROUP_OPTIONS: SelectOption[] = ROLE_GROUPS.map((group) => ({ value: group, label: ROLE_GROUP_LABELS[group] }));

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
            <SelectInput
              id="place"
              label="Place"
              labelClassName="nhsuk-label--s"
              emptyOptionLabel="All places"
              options={places}
              value={filters.placeId ?? ''}
              onChange={(placeId) => onChange({ ...filters, placeId: placeId || undefined })}
            />
          )}
        </div>
        <div className="nhsuk-grid-column-one-third">
          <SelectInput
            id="sector"
            label="Sector"
            labelClassName="nhsuk-label--s"
            emptyOptionLabel="All sectors"
            options={SECTOR_OPTIONS}
            value={filters.sector ?? ''}
            onChange={(sector) => onChange({ ...filters, sector: (sector || undefined) as Sector | undefined })}
          />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <SelectInput
            id="roleGroup"
            label="Role group"
            labelClassName="nhsuk-label--s"
            emptyOptionLabel="All role groups"
            options={ROLE_GROUP_OPTIONS}
            value={filters.roleGroup ?? ''}
            onChange={(roleGroup) => onChange({ ...filters, roleGroup: (roleGroup || undefined) as RoleGroup | undefined })}
          />
        </div>
      </div>
    </form>
  );
}
