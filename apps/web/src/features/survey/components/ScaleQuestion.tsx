import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, Hint } from '../../../shared/components/FieldMessages';
import { classNames } from '../../../shared/utils/class-names';

export interface ScaleOption {
  value: number;
  label: string;
}

/** The agreement scale every practice and summary question uses. */
export const AGREEMENT_SCALE: ScaleOption[] = [
  { value: 1, label: '1 Strongly disagree' },
  { value: 2, label: '2 Disagree' },
  { value: 3, label: '3 Neither agree nor disagree' },
  { value: 4, label: '4 Agree' },
  { value: 5, label: '5 Strongly agree' },
];

/** 1 to 5 with the numbers alone, for ratings whose hint says what 1 and 5 mean. */
export const NUMBER_SCALE: ScaleOption[] = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));

interface ScaleQuestionProps {
  /** The first radio gets this id (error summaries link to it); the others `${id}-2` to `${id}-5`. */
  id: string;
  legend: string;
  /** 'm' for a question that stands alone, 's' for one inside a group. */
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  options: ScaleOption[];
  value: number | null;
  onChange: (value: number) => void;
  /** Side by side, for short number-only scales. */
  inline?: boolean;
  /** Further fields inside the same fieldset, such as an optional comment. */
  children?: ReactNode;
}

/** A 1 to 5 question as NHS.UK radios: arrow keys move between the options, Space chooses. */
export function ScaleQuestion({ id, legend, legendSize = 'm', hint, error, options, value, onChange, inline, children }: ScaleQuestionProps) {
  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>
          {legendSize === 'm' ? <h3 className="nhsuk-fieldset__heading">{legend}</h3> : legend}
        </legend>
        <Hint id={id} text={hint} />
        <ErrorMessage id={id} text={error} />
        <div className={classNames('nhsuk-radios', inline && 'nhsuk-radios--inline')}>
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
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={itemId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}
