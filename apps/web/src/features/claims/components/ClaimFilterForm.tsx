import { PRACTICES } from '@stewardship/domain';
import { VERDICTS } from '@stewardship/evidence';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import type { SelectOption } from '../../../shared/components/SelectInput';
import type { ClaimStatus, Practice, Verdict } from '../../../generated/graphql';
import { CLAIM_STATUS_LABELS, verdictLabel } from '../utils/claim-display';
import { CLAIM_STATUSES, type ClaimFilters } from '../utils/claim-filters';

const STATUS_OPTIONS: SelectOption[] = CLAIM_STATUSES.map((status) => ({ value: status, label: CLAIM_STATUS_LABELS[status] }));
const PRACTICE_OPTIONS: SelectOption[] = PRACTICES.map((practice) => ({ value: practice.key, label: practice.name }));
const VERDICT_OPTIONS: SelectOption[] = VERDICTS.map((verdict) => ({ value: verdict, label: verdictLabel(verdict) }));

interface ClaimFilterFormProps {
  filters: ClaimFilters;
  onChange: (filters: ClaimFilters) => void;
  places: SelectOption[];
}

/** Status, practice, place, and the suggested and reviewer's verdicts: each applies as soon as it is chosen. */
export function ClaimFilterForm({ filters, onChange, places }: ClaimFilterFormProps) {
  const choose = (change: Partial<ClaimFilters>) => onChange({ ...filters, ...change });
  return (
    <form role="search" aria-label="Filter claims" onSubmit={(event) => event.preventDefault()}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect<ClaimStatus> id="status" label="Status" allLabel="All claims" options={STATUS_OPTIONS} value={filters.status} onChange={(status) => choose({ status })} />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect<Practice> id="practice" label="Practice" allLabel="All practices" options={PRACTICE_OPTIONS} value={filters.practice} onChange={(practice) => choose({ practice })} />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect id="place" label="Place" allLabel="All places and the whole system" options={places} value={filters.placeId} onChange={(placeId) => choose({ placeId })} />
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect<Verdict>
            id="suggested"
            label="Suggested verdict"
            hint="What the evidence suggests as it stands"
            allLabel="Any suggested verdict"
            options={VERDICT_OPTIONS}
            value={filters.suggestedVerdict}
            onChange={(suggestedVerdict) => choose({ suggestedVerdict })}
          />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect<Verdict>
            id="verdict"
            label="Reviewer’s verdict"
            hint="The latest verdict given"
            allLabel="Any reviewer’s verdict"
            options={VERDICT_OPTIONS}
            value={filters.verdict}
            onChange={(verdict) => choose({ verdict })}
          />
        </div>
      </div>
    </form>
  );
}
