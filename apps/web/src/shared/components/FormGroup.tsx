import type { ReactNode } from 'react';
import { classNames as classes } from '../utils/class-names';
import { describedBy, ErrorMessage, Hint } from './FieldMessages';

interface MessagesProps {
  /** The control's id; the hint and error get `${id}-hint` and `${id}-error` (see describedBy). */
  id: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** An NHS.UK form group for one control: its label, hint and inline error, then the control. */
export function LabelledGroup({
  id,
  label,
  labelClassName,
  formGroupClassName,
  hint,
  error,
  children,
}: MessagesProps & { label: string; labelClassName?: string; formGroupClassName?: string }) {
  return (
    <div className={classes('nhsuk-form-group', error && 'nhsuk-form-group--error', formGroupClassName)}>
      <label className={classes('nhsuk-label', labelClassName)} htmlFor={id}>
        {label}
      </label>
      <Hint id={id} text={hint} />
      <ErrorMessage id={id} text={error} />
      {children}
    </div>
  );
}

/** An NHS.UK form group for a set of controls: a fieldset named by its legend, with its hint and inline error. */
export function FieldsetGroup({
  id,
  legend,
  legendClassName = 'nhsuk-fieldset__legend--s',
  role,
  hint,
  error,
  children,
}: MessagesProps & { legend: ReactNode; legendClassName?: string; role?: 'group' }) {
  return (
    <div className={classes('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className={classes('nhsuk-fieldset__legend', legendClassName)}>{legend}</legend>
        <Hint id={id} text={hint} />
        <ErrorMessage id={id} text={error} />
        {children}
      </fieldset>
    </div>
  );
}
