import { classNames as classes } from '../utils/class-names';
import { describedBy } from './FieldMessages';
import { LabelledGroup } from './FormGroup';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectInputProps {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** The first option, with an empty value, e.g. "All kinds" or "Select a kind". */
  emptyOptionLabel?: string;
  hint?: string;
  error?: string;
  labelClassName?: string;
  formGroupClassName?: string;
  disabled?: boolean;
}

/** An NHS.UK select with its label, hint and inline error. */
export function SelectInput({
  id,
  label,
  value,
  options,
  onChange,
  emptyOptionLabel,
  hint,
  error,
  labelClassName,
  formGroupClassName,
  disabled,
}: SelectInputProps) {
  return (
    <LabelledGroup id={id} label={label} labelClassName={labelClassName} formGroupClassName={formGroupClassName} hint={hint} error={error}>
      <select
        className={classes('nhsuk-select', error && 'nhsuk-select--error')}
        id={id}
        name={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {emptyOptionLabel !== undefined && <option value="">{emptyOptionLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledGroup>
  );
}
