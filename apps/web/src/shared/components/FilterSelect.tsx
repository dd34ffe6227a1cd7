import type { RoleGroup, Sector } from '../../generated/graphql';
import { ROLE_GROUP_OPTIONS, SECTOR_OPTIONS } from '../utils/domain-options';
import { SelectInput, type SelectOption } from './SelectInput';

interface FilterSelectProps<Value extends string> {
  id: string;
  label: string;
  /** The first option, meaning no filter: "All sectors". */
  allLabel: string;
  hint?: string;
  options: SelectOption[];
  /** Undefined when not filtering. */
  value: Value | undefined;
  onChange: (value: Value | undefined) => void;
}

/** One filter of a list or chart page: a select whose first option, "All …", means no filter. */
export function FilterSelect<Value extends string>({ id, label, allLabel, hint, options, value, onChange }: FilterSelectProps<Value>) {
  return (
    <SelectInput
      id={id}
      label={label}
      labelClassName="nhsuk-label--s"
      hint={hint}
      emptyOptionLabel={allLabel}
      options={options}
      value={value ?? ''}
      onChange={(chosen) => onChange((chosen || undefined) as Value | undefined)}
    />
  );
}

interface DomainFilterProps<Value extends string> {
  value: Value | undefined;
  onChange: (value: Value | undefined) => void;
}

/** "Sector", every sector or one. */
export function SectorFilter({ value, onChange }: DomainFilterProps<Sector>) {
  return <FilterSelect id="sector" label="Sector" allLabel="All sectors" options={SECTOR_OPTIONS} value={value} onChange={onChange} />;
}

/** "Role group", every role group or one. */
export function RoleGroupFilter({ value, onChange }: DomainFilterProps<RoleGroup>) {
  return <FilterSelect id="roleGroup" label="Role group" allLabel="All role groups" options={ROLE_GROUP_OPTIONS} value={value} onChange={onChange} />;
}
