import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { TextInput } from './TextInput';
import { ToggleCheckbox } from './ToggleCheckbox';

/** How long typing pauses before the search runs; Enter or "Apply filters" runs it at once. */
const SEARCH_DELAY_MS = 400;

interface RegisterFilters {
  search: string;
  includeArchived?: true;
}

/** What a register list gives its filter form: the filters in force, and where to send a change. */
export interface FilterFormProps<Filters> {
  filters: Filters;
  onChange: (filters: Filters, options?: { replace?: boolean }) => void;
}

interface RegisterFilterFormProps<Filters extends RegisterFilters> extends FilterFormProps<Filters> {
  /** The search landmark's accessible name, e.g. "Filter partners". */
  label: string;
  searchHint: string;
  /** e.g. "Show archived partners"; omitted where nothing is archived (the decision log). */
  archivedLabel?: string;
  /**
   * The register's own filters. `choose` applies a change together with whatever is typed in
   * the search box, so choosing a filter never throws the typing away.
   */
  children: (choose: (change: Partial<Filters>) => void) => ReactNode;
}

/** A register list's search box, its own filters, whether to show archived records (if it has any) and "Apply filters". Results update as the user types or chooses. */
export function RegisterFilterForm<Filters extends RegisterFilters>({
  label,
  searchHint,
  archivedLabel,
  filters,
  onChange,
  children,
}: RegisterFilterFormProps<Filters>) {
  const [search, setSearch] = useState(filters.search);

  // Follow changes made elsewhere (Back, "Clear filters") without undoing what the user is typing.
  useEffect(() => {
    setSearch((typed) => (typed.trim() === filters.search ? typed : filters.search));
  }, [filters.search]);

  useEffect(() => {
    if (search.trim() === filters.search) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, search }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  const choose = (change: Partial<Filters>) => onChange({ ...filters, search, ...change });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...filters, search });
  }

  return (
    <form role="search" aria-label={label} onSubmit={handleSubmit} noValidate>
      <TextInput
        id="search"
        label="Search"
        hint={searchHint}
        type="search"
        autoComplete="off"
        spellCheck={false}
        labelClassName="nhsuk-label--s"
        inputClassName="nhsuk-input--width-20"
        value={search}
        onChange={setSearch}
      />
      {children(choose)}
      {archivedLabel ? (
        <div className="app-clear">
          <ToggleCheckbox
            id="archived"
            label={archivedLabel}
            checked={Boolean(filters.includeArchived)}
            onChange={(checked) => choose({ includeArchived: checked ? true : undefined } as Partial<Filters>)}
          />
        </div>
      ) : null}
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Apply filters
      </button>
    </form>
  );
}
