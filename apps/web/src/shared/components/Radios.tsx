import type { ReactNode } from 'react';
import { classNames as classes } from '../utils/class-names';
import { FieldsetGroup } from './FormGroup';

export interface RadioOption<Value extends string | number = string> {
  value: Value;
  label: string;
  hint?: string;
}

interface RadiosProps<Value extends string | number> {
  /** The first radio gets this id, so an error summary link can focus it; the others get `${id}-2`, `${id}-3`… */
  id: string;
  /** The question; a heading when the question stands alone on the page. */
  legend: ReactNode;
  /** 's' for a question inside a form, 'm' for one that heads a step. */
  legendSize?: 's' | 'm';
  options: RadioOption<Value>[];
  /** Null while nothing is chosen. */
  value: Value | null;
  onChange: (value: Value) => void;
  hint?: string;
  error?: string;
  /** Side by side, for short options such as Yes and No. */
  inline?: boolean;
  /** Further fields inside the same fieldset, such as an optional comment. */
  children?: ReactNode;
}

/** NHS.UK radios in a fieldset whose legend asks the question, each option with an optional hint. */
export function Radios<Value extends string | number>({
  id,
  legend,
  legendSize = 's',
  options,
  value,
  onChange,
  hint,
  error,
  inline,
  children,
}: RadiosProps<Value>) {
  return (
    <FieldsetGroup id={id} legend={legend} legendClassName={`nhsuk-fieldset__legend--${legendSize}`} hint={hint} error={error}>
      <div className={classes('nhsuk-radios', inline && 'nhsuk-radios--inline')}>
        {options.map((option, index) => {
          const itemId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div className="nhsuk-radios__item" key={option.value}>
              <input
                className="nhsuk-radios__input"
                id={itemId}
                name={id}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${itemId}-item-hint` : undefined}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={itemId}>
                {option.label}
              </label>
              {option.hint ? (
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${itemId}-item-hint`}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      {children}
    </FieldsetGroup>
  );
}
