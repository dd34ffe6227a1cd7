import { SelectInput, type SelectOption } from './SelectInput';

interface FilterSelectProps<Value extends string> {
  id: string;
  label: string;
  /** The first option, meaning no filter: "All sectors". */
  allLabel: string;
  options: SelectOption[];
  /** Undefined when not filtering. */
  value: Value | undefined;
  onChange: (value: Value | undefined) => void;
}

/** One filter of a list or chart page: a select whose first option, "All …", means no filter. */
export function FilterSelect<Value extends string>({ id, label, allLabel, options, value, onChange }: FilterSelectProps<Value>) {
  return (
    <SelectInput
      id={id}
      label={label}
      labelClassName="nhsuk-label--s"
      emptyOptionLabel={allLabel}
      options={options}
      value={value ?? ''}
      onChange={(chosen) => onChange((chosen || undefined) as Value | undefined)}
    />
  );
}
