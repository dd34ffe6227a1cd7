import { PlaceFilter } from '../../../shared/components/PlaceFilter';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';

interface ReviewFilterFormProps {
  /** The month shown (the API's default until one is picked); empty until known. */
  month: string;
  months: SelectOption[];
  placeId: string | undefined;
  places: SelectOption[];
  /** A place lead reviews their own place: it is stated, not chosen. */
  fixedPlace?: string;
  onMonth: (month: string) => void;
  onPlace: (placeId: string | undefined) => void;
}

/** The month (those whose survey round has opened) and the place (or the whole system); each applies at once and lives in the address. */
export function ReviewFilterForm({ month, months, placeId, places, fixedPlace, onMonth, onPlace }: ReviewFilterFormProps) {
  // The month shown is always an option, even before the rounds have loaded.
  const options = months.some((option) => option.value === month) || !month ? months : [{ value: month, label: month }, ...months];
  return (
    <form className="app-review-no-print" aria-label="Choose the month and place" onSubmit={(event) => event.preventDefault()}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <SelectInput id="month" label="Month" labelClassName="nhsuk-label--s" options={options} value={month} onChange={onMonth} emptyOptionLabel={month ? undefined : 'The latest complete month'} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <PlaceFilter fixedPlace={fixedPlace} options={places} value={placeId} onChange={onPlace} />
        </div>
      </div>
    </form>
  );
}
