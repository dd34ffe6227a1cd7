import { ROLE_GROUP_LABELS, ROLE_GROUPS } from '@stewardship/domain';
import type { RoleGroup } from '../../../generated/graphql';
import { RegisterFilterForm } from '../../../shared/components/RegisterFilterForm';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import type { PeopleFilters } from '../utils/people-filters';

const ROLE_GROUP_OPTIONS: SelectOption[] = ROLE_GROUPS.map((group) => ({ value: group, label: ROLE_GROUP_LABELS[group] }));

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
            <SelectInput
              id="organisation"
              label="Organisation"
              labelClassName="nhsuk-label--s"
              emptyOptionLabel="All organisations"
              options={organisations}
              value={filters.organisationId ?? ''}
              onChange={(organisationId) => choose({ organisationId: organisationId || undefined })}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <SelectInput
              id="roleGroup"
              label="Role group"
              labelClassName="nhsuk-label--s"
              emptyOptionLabel="All role groups"
              options={ROLE_GROUP_OPTIONS}
              value={filters.roleGroup ?? ''}
              onChange={(roleGroup) => choose({ roleGroup: (roleGroup || undefined) as RoleGroup | undefined })}
            />
          </div>
        </div>
      )}
    </RegisterFilterForm>
  );
}
