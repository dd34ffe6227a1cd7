import { TextInput } from './TextInput';

/** "External ID (optional)", on every register form: the id a row has in the administrator's own spreadsheets. */
export function ExternalIdInput({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <TextInput
      id="externalId"
      label="External ID (optional)"
      hint="Your own identifier for this row, such as its ID in your spreadsheet. Imports match rows by it first."
      autoComplete="off"
      spellCheck={false}
      inputClassName="nhsuk-input--width-20"
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
