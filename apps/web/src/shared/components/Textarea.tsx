import { classNames as classes } from '../utils/class-names';
import { describedBy } from './FieldMessages';
import { LabelledGroup } from './FormGroup';

interface TextareaProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
}

/** An NHS.UK textarea with its label, hint and inline error, for text longer than a line. */
export function Textarea({ id, label, value, onChange, hint, error, rows = 5 }: TextareaProps) {
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        className={classes('nhsuk-textarea', error && 'nhsuk-textarea--error')}
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </LabelledGroup>
  );
}
