import { EXTERNAL_ID_MAX_LENGTH } from '@stewardship/domain';
import { TextInput } from './TextInput';

/** "External ID (optional)", on every register form: the id a row has in the administrator's own spreadsheets. */
export function ExternalIdInput({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <TextInput
      id="externalId"
      label="External ID (optional)"
      hint={`Your own identifier for this row, such as its ID in your spreadsheet (up to ${EXTERNAL_ID_MAX_LENGTH} characters). Imports match rows by it first.`}
      maxLength={EXTERNAL_ID_MAX_LENGTH}
      autoComplete="off"
      spellCheck={false}
      inputClassName="nhsuk-input--width-20"
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
