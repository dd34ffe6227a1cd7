import type { RoleGroup } from '../../../generated/graphql';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { RegisterFilterForm } from '../../../shared/components/RegisterFilterForm';
import type { SelectOption } from '../../../shared/components/SelectInput';
import { ROLE_GROUP_OPTIONS } from '../../../shared/utils/domain-options';
import type { PeopleFilters } from '../utils/people-filters';

interface PeopleFilterFormProps {
  filters: PeopleFilters;
  onChange: (filters: PeopleFilters, options?: { replace?: boolean }) => void;
  organisations: SelectOption[];
}

/** Search box, organisation and role group filters, and whether to show archived people. */
export function PeopleFilterForm({ filters, onChange, organisations }: PeopleFilterFormProps) {
  return (
    <RegisterFilterForm
      label="Filter people"
      searchHint="Part of a name or email address"
      archivedLabel="Show archived people"
      filters={filters}
      onChange={onChange}
    >
      {(choose) => (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <FilterSelect
              id="organisation"
              label="Organisation"
              allLabel="All organisations"
              options={organisations}
              value={filters.organisationId}
              onChange={(organisationId) => choose({ organisationId })}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <FilterSelect<RoleGroup>
              id="roleGroup"
              label="Role group"
              allLabel="All role groups"
              options={ROLE_GROUP_OPTIONS}
              value={filters.roleGroup}
              onChange={(roleGroup) => choose({ roleGroup })}
            />
          </div>
        </div>
      )}
    </RegisterFilterForm>
  );
}
