import { FilterSelect, RoleGroupFilter } from '../../../shared/components/FilterSelect';
import { RegisterFilterForm, type FilterFormProps } from '../../../shared/components/RegisterFilterForm';
import type { SelectOption } from '../../../shared/components/SelectInput';
import type { PeopleFilters } from '../utils/people-filters';

interface PeopleFilterFormProps extends FilterFormProps<PeopleFilters> {
  organisations: SelectOption[];
  places: SelectOption[];
}

/** Search box, organisation, place and role group filters, and whether to show archived people. */
export function PeopleFilterForm({ organisations, places, ...form }: PeopleFilterFormProps) {
  return (
    <RegisterFilterForm
      label="Filter people"
      searchHint="Part of a name or email address"
      archivedLabel="Show archived people"
      {...form}
    >
      {(choose) => (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FilterSelect
              id="organisation"
              label="Organisation"
              allLabel="All organisations"
              options={organisations}
              value={form.filters.organisationId}
              onChange={(organisationId) => choose({ organisationId })}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FilterSelect id="place" label="Place" allLabel="All places" options={places} value={form.filters.placeId} onChange={(placeId) => choose({ placeId })} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <RoleGroupFilter value={form.filters.roleGroup} onChange={(roleGroup) => choose({ roleGroup })} />
          </div>
        </div>
      )}
    </RegisterFilterForm>
  );
}
