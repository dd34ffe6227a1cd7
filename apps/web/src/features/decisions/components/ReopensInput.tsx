import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ReopenableDecisionsDocument, type DecisionFilter } from '../../../generated/graphql';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { decisionLabel } from '../utils/decision-display';

/** How long typing pauses before the decisions are searched. */
const SEARCH_DELAY_MS = 300;
const MATCHES_SHOWN = 20;

interface ReopensInputProps {
  value: { id: string; label: string } | null;
  onChange: (value: { id: string; label: string } | null) => void;
  error?: string;
  /** The decision being amended, which cannot reopen itself. */
  selfId?: string;
  /** The day of this decision (yyyy-mm-dd) once it is a whole date: only decisions taken by then are offered. */
  onOrBefore?: string;
}

/** "Reopens (optional)": find an earlier decision by words from its title or summary, then choose it. */
export function ReopensInput({ value, onChange, error, selfId, onOrBefore }: ReopensInputProps) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const filter: DecisionFilter = {};
  if (search) filter.search = search;
  if (onOrBefore) filter.to = onOrBefore;
  const { data, previousData, loading, error: loadError } = useQuery(ReopenableDecisionsDocument, { variables: { filter, first: MATCHES_SHOWN } });
  const found = (data ?? previousData)?.decisions;
  const matches: SelectOption[] = (found?.edges ?? [])
    .filter((edge) => edge.node.id !== selfId)
    .map((edge) => ({ value: edge.node.id, label: decisionLabel(edge.node.current) }));
  // The choice stays listed whatever the search now finds.
  const options = value && !matches.some((m) => m.value === value.id) ? [{ value: value.id, label: value.label }, ...matches] : matches;

  let hint = search ? `Decisions matching “${search}”, newest first` : 'The most recent decisions; search to find an older one';
  if (loadError) hint = 'The decisions could not be searched. Try again.';
  else if (found && found.totalCount > MATCHES_SHOWN) hint += `. Only the first ${MATCHES_SHOWN} are listed`;

  return (
    <div className="nhsuk-form-group">
      <h2 className="nhsuk-heading-m">Reopens</h2>
      <TextInput
        id="reopens-search"
        label="Find the earlier decision it reopens"
        hint="Words from its title or summary"
        type="search"
        autoComplete="off"
        inputClassName="nhsuk-input--width-20"
        value={typed}
        onChange={setTyped}
      />
      <SelectInput
        id="reopensId"
        label="Reopens (optional)"
        hint={loading && !found ? 'Loading decisions…' : hint}
        emptyOptionLabel="Does not reopen an earlier decision"
        options={options}
        value={value?.id ?? ''}
        error={error}
        onChange={(id) => onChange(id ? { id, label: options.find((o) => o.value === id)?.label ?? id } : null)}
      />
    </div>
  );
}
