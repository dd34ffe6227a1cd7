import { SelectInput, type SelectOption } from '../../components/SelectInput';
import { useOrganisationOptions } from '../hooks/useOrganisationOptions';
import { withArchivedChoice } from '../utils/archived-choice';

interface OrganisationPickerProps {
  id: string;
  /** "Organisation" unless the form asks something more specific, such as "Proposed by (optional)". */
  label?: string;
  value: string;
  error?: string;
  onChange: (organisationId: string) => void;
  /** What the hint says once the partners have loaded, e.g. "The partner this person represents". */
  hint: string;
  /** The partner chosen before, listed (as archived) even if it is no longer current. */
  current?: { id: string; name: string };
}

/** "Organisation": a select of the current partners, saying when they are loading, failed or more than it lists. */
export function OrganisationPicker({ id, label = 'Organisation', value, error, onChange, hint, current }: OrganisationPickerProps) {
  const organisations = useOrganisationOptions(false);
  const options: SelectOption[] = withArchivedChoice(organisations.options, current, !organisations.loading);
  return (
    <SelectInput
      id={id}
      label={label}
      hint={
        organisations.error
          ? 'The list of partners could not be loaded. Reload the page to try again.'
          : organisations.incomplete
            ? 'Only the first 200 partners, in name order, are listed.'
            : hint
      }
      emptyOptionLabel={organisations.loading ? 'Loading partners…' : 'Choose an organisation'}
      options={options}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
