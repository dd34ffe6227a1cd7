import { FieldsetGroup } from './FormGroup';
import type { SelectOption } from './SelectInput';

interface CheckboxesProps {
  /** The first checkbox gets this id, so an error summary link can focus it; the others get `${id}-2`, `${id}-3`… */
  id: string;
  legend: string;
  options: SelectOption[];
  values: string[];
  onChange: (values: string[]) => void;
  hint?: string;
  error?: string;
  emptyText?: string;
}

/** NHS.UK checkboxes in a fieldset whose legend names the group. */
export function Checkboxes({ id, legend, options, values, onChange, hint, error, emptyText }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));

  return (
    <FieldsetGroup id={id} legend={legend} hint={hint} error={error}>
      {options.length === 0 && emptyText ? <p className="nhsuk-body">{emptyText}</p> : null}
      <div className="nhsuk-checkboxes">
        {options.map((option, index) => {
          const itemId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div className="nhsuk-checkboxes__item" key={option.value}>
              <input
                className="nhsuk-checkboxes__input"
                id={itemId}
                name={id}
                type="checkbox"
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={itemId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
