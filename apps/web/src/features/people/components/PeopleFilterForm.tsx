import { ROLE_GROUP_LABELS, ROLE_GROUPS } from '@stewardship/domain';
import { useEffect, useState, type FormEvent } from 'react';
import type { RoleGroup } from '../../../generated/graphql';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { ToggleCheckbox } from '../../../shared/components/ToggleCheckbox';
import type { PeopleFilters } from '../utils/people-filters';

const ROLE_GROUP_OPTIONS: SelectOption[] = ROLE_GROUPS.map((group) => ({ value: group, label: ROLE_GROUP_LABELS[group] }));

/** How long typing pauses before the search runs; Enter or "Apply filters" runs it at once. */
const SEARCH_DELAY_MS = 400;

interface PeopleFilterFormProps {
  filters: PeopleFilters;
  onChange: (filters: PeopleFilters, options?: { replace?: boolean }) => void;
  organisations: SelectOption[];
}

/** Search box, organisation and role group filters, and whether to show archived people. */
export function PeopleFilterForm({ filters, onChange, organisations }: PeopleFilterFormProps) {
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
    <form role="search" aria-label="Filter people" onSubmit={handleSubmit} noValidate>
      <TextInput
        id="search"
        label="Search"
        hint="Part of a name or email address"
        type="search"
        autoComplete="off"
        spellCheck={false}
        labelClassName="nhsuk-label--s"
        inputClassName="nhsuk-input--width-20"
        value={search}
        onChange={setSearch}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <SelectInput
            id="organisation"
            label="Organisation"
            labelClassName="nhsuk-label--s"
            emptyOptionLabel="All organisations"
            options={organisations}
            value={filters.organisationId ?? ''}
            onChange={(organisationId) => onChange({ ...filters, search, organisationId: organisationId || undefined })}
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
            onChange={(roleGroup) => onChange({ ...filters, search, roleGroup: (roleGroup || undefined) as RoleGroup | undefined })}
          />
        </div>
      </div>
      <ToggleCheckbox
        id="archived"
        label="Show archived people"
        checked={Boolean(filters.includeArchived)}
        onChange={(checked) => onChange({ ...filters, search, includeArchived: checked ? true : undefined })}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Apply filters
      </button>
    </form>
  );
}
