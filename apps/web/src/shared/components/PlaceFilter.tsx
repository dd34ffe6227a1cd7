import { FilterSelect } from './FilterSelect';
import type { SelectOption } from './SelectInput';

interface PlaceFilterProps {
  /** A place lead's own place: stated, not chosen. */
  fixedPlace?: string;
  options: SelectOption[];
  value: string | undefined;
  onChange: (placeId: string | undefined) => void;
  /** The first option, meaning every place: "The whole system" unless told. */
  allLabel?: string;
}

/** "Place" on a figures page: a select of the places, or, for a place lead held to their own, that place in words. */
export function PlaceFilter({ fixedPlace, options, value, onChange, allLabel = 'The whole system' }: PlaceFilterProps) {
  if (fixedPlace) {
    return (
      <div className="nhsuk-form-group">
        <p className="nhsuk-label nhsuk-label--s">Place</p>
        <p className="nhsuk-body">{fixedPlace} (your place)</p>
      </div>
    );
  }
  return <FilterSelect id="place" label="Place" allLabel={allLabel} options={options} value={value} onChange={onChange} />;
}
