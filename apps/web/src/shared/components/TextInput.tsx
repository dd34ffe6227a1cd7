import type { InputHTMLAttributes } from 'react';
import { classNames as classes } from '../utils/class-names';
import { describedBy } from './FieldMessages';
import { LabelledGroup } from './FormGroup';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** Extra input classes, e.g. 'nhsuk-input--width-10'. */
  inputClassName?: string;
  /** Extra label classes, e.g. 'nhsuk-label--s'. */
  labelClassName?: string;
  formGroupClassName?: string;
}

/** An NHS.UK text input with its label, hint and inline error. */
export function TextInput({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  inputClassName,
  labelClassName,
  formGroupClassName,
  type = 'text',
  ...inputProps
}: TextInputProps) {
  return (
    <LabelledGroup id={id} label={label} labelClassName={labelClassName} formGroupClassName={formGroupClassName} hint={hint} error={error}>
      <input
        {...inputProps}
        className={classes('nhsuk-input', error && 'nhsuk-input--error', inputClassName)}
        id={id}
        name={inputProps.name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </LabelledGroup>
  );
}
