import { FieldsetGroup } from '../../../shared/components/FormGroup';

interface RatingScaleProps {
  /** The first radio gets this id (error summaries link to it); the others `${id}-2` to `${id}-5`. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** What 1 and 5 mean, shown under them and read with them: "Very little", "Completely". */
  anchors: { low: string; high: string };
  value: number | null;
  onChange: (value: number) => void;
}

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * A 1 to 5 rating as one row of five native radios, so a partner's card fits a phone screen: the numbers side by
 * side, what 1 and 5 mean under the ends of the row. Being native radios in a fieldset, the arrow keys move between them
 * (Left and Right as well as Up and Down) and screen readers announce "Trust, 4, radio button, 4 of 5".
 */
export function RatingScale({ id, legend, hint, error, anchors, value, onChange }: RatingScaleProps) {
  return (
    <FieldsetGroup id={id} legend={legend} hint={hint} error={error}>
      <div className="app-rating-scale">
        {RATINGS.map((rating) => {
          const itemId = rating === 1 ? id : `${id}-${rating}`;
          const anchor = rating === 1 ? anchors.low : rating === 5 ? anchors.high : null;
          return (
            <div className="app-rating-scale__item" key={rating}>
              <input
                className="app-rating-scale__input"
                id={itemId}
                name={id}
                type="radio"
                value={rating}
                checked={value === rating}
                onChange={() => onChange(rating)}
              />
              <label className="app-rating-scale__label" htmlFor={itemId}>
                {rating}
                {anchor ? <span className="nhsuk-u-visually-hidden"> {anchor}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      {/* Seen under the ends of the row; screen readers hear the same words as part of the 1 and the 5. */}
      <div className="app-rating-scale__anchors" aria-hidden="true">
        <span>{anchors.low}</span>
        <span>{anchors.high}</span>
      </div>
    </FieldsetGroup>
  );
}
