import { formatMonth } from '@stewardship/web-charts';
import { useState, type FormEvent } from 'react';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { PlaceFilter } from '../../../shared/components/PlaceFilter';
import type { SelectOption } from '../../../shared/components/SelectInput';
import { monthsOf, POWER_MAX_MONTHS, type PowerFilters } from '../utils/power-period';

interface PowerFilterFormProps {
  filters: PowerFilters;
  onChange: (filters: PowerFilters) => void;
  places: SelectOption[];
  /** A place lead sees their own place only: the place is stated, not chosen. */
  fixedPlace?: string;
}

/**
 * Place, period (first and last month, applied together with the button, since one alone may not make a period) and
 * the month each card shows beside the period (applied at once). The choices live in the URL.
 */
export function PowerFilterForm({ filters, onChange, places, fixedPlace }: PowerFilterFormProps) {
  const [period, setPeriod] = useState({ from: filters.from, to: filters.to });
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState({ from: filters.from, to: filters.to });
  // A new period from the URL (back button, a link) replaces what was typed.
  if (shown.from !== filters.from || shown.to !== filters.to) {
    setShown({ from: filters.from, to: filters.to });
    setPeriod({ from: filters.from, to: filters.to });
  }

  function applyPeriod(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { from, to } = period;
    if (!/^\d{4}-\d{2}$/.test(from) || !/^\d{4}-\d{2}$/.test(to)) setProblem('Enter the first and last month as yyyy-mm, for example 2026-01');
    else if (from > to) setProblem('The last month must not be before the first month');
    else if (monthsOf(from, to).length > POWER_MAX_MONTHS) setProblem(`Choose a period of at most ${POWER_MAX_MONTHS} months`);
    else {
      setProblem(null);
      onChange({ ...filters, from, to, month: filters.month >= from && filters.month <= to ? filters.month : to });
    }
  }

  return (
    <form aria-label="Choose the place and period" onSubmit={applyPeriod} noValidate>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-quarter">
          <PlaceFilter fixedPlace={fixedPlace} options={places} value={filters.placeId} onChange={(placeId) => onChange({ ...filters, placeId })} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <fieldset className={`nhsuk-fieldset nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`} aria-describedby={problem ? 'period-error' : undefined}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Period</legend>
            {problem ? (
              <span className="nhsuk-error-message" id="period-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
              </span>
            ) : null}
            <div className="app-inline-fields">
              <div>
                <label className="nhsuk-label" htmlFor="period-from">
                  First month
                </label>
                <input className="nhsuk-input nhsuk-input--width-10" id="period-from" type="month" value={period.from} onChange={(event) => setPeriod({ ...period, from: event.target.value })} />
              </div>
              <div>
                <label className="nhsuk-label" htmlFor="period-to">
                  Last month
                </label>
                <input className="nhsuk-input nhsuk-input--width-10" id="period-to" type="month" value={period.to} onChange={(event) => setPeriod({ ...period, to: event.target.value })} />
              </div>
              <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0">
                Show this period
              </button>
            </div>
          </fieldset>
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <FilterSelect
            id="month"
            label="Month"
            allLabel={`${formatMonth(filters.to)} (last of the period)`}
            options={monthsOf(filters.from, filters.to)
              .slice(0, -1)
              .reverse()
              .map((month) => ({ value: month, label: formatMonth(month) }))}
            value={filters.month === filters.to ? undefined : filters.month}
            onChange={(month) => onChange({ ...filters, month: month ?? filters.to })}
          />
        </div>
      </div>
    </form>
  );
}
