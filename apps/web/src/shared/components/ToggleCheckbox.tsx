import { useEffect, useState } from 'react';

/**
 * One NHS.UK checkbox that switches something on the page, such as "Show archived". It shows the
 * new state at once, even when the page applies it later (a URL change renders as a transition),
 * and follows `checked` whenever that changes.
 */
export function ToggleCheckbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={shown}
            onChange={(event) => {
              setShown(event.target.checked);
              onChange(event.target.checked);
            }}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
        </div>
      </div>
    </div>
  );
}
