import type { SelectOption } from '../../components/SelectInput';

/**
 * A picker's options with the record's current choice kept: pickers list current rows only, so a choice archived
 * since it was made is added first, marked "(archived)", once the options have loaded.
 */
export function withArchivedChoice(options: SelectOption[], current: { id: string; name: string } | null | undefined, loaded: boolean): SelectOption[] {
  if (!current || !loaded || options.some((option) => option.value === current.id)) return options;
  return [{ value: current.id, label: `${current.name} (archived)` }, ...options];
}
