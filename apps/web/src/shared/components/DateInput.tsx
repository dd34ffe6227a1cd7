import { classNames as classes } from '../utils/class-names';
import type { DatePart, DateParts } from '../utils/date-parts';
import { FieldsetGroup } from './FormGroup';

const PARTS: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'nhsuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'nhsuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'nhsuk-input--width-4' },
];

interface DateInputProps {
  /** The boxes get `${id}-day`, `${id}-month` and `${id}-year`; an error summary links to `${id}-day`. */
  id: string;
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  hint?: string;
  error?: string;
}

/** The NHS.UK date input: day, month and year boxes in a fieldset whose legend names the date. */
export function DateInput({ id, legend, value, onChange, hint, error }: DateInputProps) {
  return (
    <FieldsetGroup id={id} legend={legend} role="group" hint={hint} error={error}>
      <div className="nhsuk-date-input" id={id}>
        {PARTS.map(({ part, label, width }) => (
          <div className="nhsuk-date-input__item" key={part}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                {label}
              </label>
              <input
                className={classes('nhsuk-input nhsuk-date-input__input', width, error && 'nhsuk-input--error')}
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={value[part]}
                onChange={(event) => onChange({ ...value, [part]: event.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}
