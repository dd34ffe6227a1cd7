import { NAME_MAX_LENGTH } from '@stewardship/domain';
import { TextInput } from './TextInput';

/** "Name", on every register form, limited as the API limits it (the domain's NAME_MAX_LENGTH). */
export function NameInput({ id, value, error, onChange }: { id: string; value: string; error?: string; onChange: (value: string) => void }) {
  return <TextInput id={id} label="Name" autoComplete="off" maxLength={NAME_MAX_LENGTH} value={value} error={error} onChange={onChange} />;
}
