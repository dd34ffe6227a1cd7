import { FilterSelect, RoleGroupFilter } from '../../../shared/components/FilterSelect';
import { RegisterFilterForm, type FilterFormProps } from '../../../shared/components/RegisterFilterForm';
import type { SelectOption } from '../../../shared/components/SelectInput';
import type { PeopleFilters } from '../utils/people-filters';

interface PeopleFilterFormProps extends FilterFormProps<PeopleFilters> {
  organisations: SelectOption[];
}

/** Search box, organisation and role group filters, and whether to show archived people. */
export function PeopleFilterForm({ organisations, ...form }: PeopleFilterFormProps) {
  return (
    <RegisterFilterForm
      label="Filter people"
      searchHint="Part of a name or email address"
      archivedLabel="Show archived people"
      {...form}
    >
      {(choose) => (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <FilterSelect
              id="organisation"
              label="Organisation"
              allLabel="All organisations"
              options={organisations}
              value={form.filters.organisationId}
              onChange={(organisationId) => choose({ organisationId })}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <RoleGroupFilter value={form.filters.roleGroup} onChange={(roleGroup) => choose({ roleGroup })} />
          </div>
        </div>
      )}
    </RegisterFilterForm>
  );
}
