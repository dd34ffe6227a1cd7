import { DECISION_OUTCOME_LABELS, DECISION_OUTCOMES, PRACTICES } from '@stewardship/domain';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { RegisterFilterForm, type FilterFormProps } from '../../../shared/components/RegisterFilterForm';
import type { SelectOption } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import type { DecisionOutcome, Practice } from '../../../generated/graphql';
import type { DecisionFilters } from '../utils/decision-filters';

const OUTCOME_OPTIONS: SelectOption[] = DECISION_OUTCOMES.map((outcome) => ({ value: outcome, label: DECISION_OUTCOME_LABELS[outcome] }));
const PRACTICE_OPTIONS: SelectOption[] = PRACTICES.map((practice) => ({ value: practice.key, label: practice.name }));
const YES_NO_OPTIONS: SelectOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

interface DecisionFilterFormProps extends FilterFormProps<DecisionFilters> {
  forums: SelectOption[];
  places: SelectOption[];
  organisations: SelectOption[];
}

const yesNoValue = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'yes' : 'no');
const yesNoChoice = (value: string | undefined) => (value === undefined ? undefined : value === 'yes');

/** Search over titles and summaries; forum, place, dates, organisation, practice, outcome, reopening and outside-the-forum filters. */
export function DecisionFilterForm({ forums, places, organisations, ...form }: DecisionFilterFormProps) {
  const { filters } = form;
  return (
    <RegisterFilterForm label="Filter decisions" searchHint="Words from the title or summary" {...form}>
      {(choose) => (
        <>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-third">
              <FilterSelect id="forum" label="Forum" allLabel="All forums" options={forums} value={filters.forumId} onChange={(forumId) => choose({ forumId })} />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <FilterSelect id="place" label="Place" allLabel="All places" options={places} value={filters.placeId} onChange={(placeId) => choose({ placeId })} />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <FilterSelect
                id="organisation"
                label="Organisation"
                allLabel="All organisations"
                options={organisations}
                value={filters.organisationId}
                onChange={(organisationId) => choose({ organisationId })}
              />
            </div>
          </div>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-third">
              <DayFilter id="from" label="From" value={filters.from} onChange={(from) => choose({ from })} />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <DayFilter id="to" label="To" value={filters.to} onChange={(to) => choose({ to })} />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <FilterSelect<DecisionOutcome> id="outcome" label="Outcome" allLabel="All outcomes" options={OUTCOME_OPTIONS} value={filters.outcome} onChange={(outcome) => choose({ outcome })} />
            </div>
          </div>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-third">
              <FilterSelect<Practice> id="practice" label="Practice" allLabel="All practices" options={PRACTICE_OPTIONS} value={filters.practice} onChange={(practice) => choose({ practice })} />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <FilterSelect
                id="reopens"
                label="Reopens an earlier decision"
                allLabel="Either"
                options={YES_NO_OPTIONS}
                value={yesNoValue(filters.reopens)}
                onChange={(value) => choose({ reopens: yesNoChoice(value) })}
              />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <FilterSelect
                id="outside"
                label="Taken outside the forum"
                allLabel="Either"
                options={YES_NO_OPTIONS}
                value={yesNoValue(filters.outsideForum)}
                onChange={(value) => choose({ outsideForum: yesNoChoice(value) })}
              />
            </div>
          </div>
        </>
      )}
    </RegisterFilterForm>
  );
}

/** A first or last day: the browser's own date control, applied once it holds a whole date (or is emptied). */
function DayFilter({ id, label, value, onChange }: { id: string; label: string; value: string | undefined; onChange: (day: string | undefined) => void }) {
  return (
    <TextInput
      id={id}
      label={label}
      type="date"
      labelClassName="nhsuk-label--s"
      value={value ?? ''}
      onChange={(day) => onChange(day || undefined)}
    />
  );
}
