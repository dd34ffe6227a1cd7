import { POWER_DEFINITIONS } from '@stewardship/power';
import { formatMonth } from '@stewardship/web-charts';
import type { PowerFiguresQuery } from '../../../generated/graphql';

type TooCosy = PowerFiguresQuery['powerSeries']['tooCosy'];

const runText = (months: readonly string[]) => `${formatMonth(months[0])} to ${formatMonth(months[months.length - 1])}`;

/** The NHS warning callout when recorded dissent or conflict surfaced has been zero for the run of months. */
export function TooCosyCallout({ warning }: { warning: TooCosy }) {
  if (!warning.warning) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Too cosy?
        </span>
      </h2>
      {warning.dissentWarning ? (
        <p>
          No dissent has been recorded in any decision for {warning.dissentMonths.length} months in a row ({runText(warning.dissentMonths)}).
        </p>
      ) : null}
      {warning.conflictSurfacedWarning ? (
        <p>
          No conflict has been surfaced in any decision for {warning.conflictSurfacedMonths.length} months in a row ({runText(warning.conflictSurfacedMonths)}).
        </p>
      ) : null}
      <p>Agreement every time can mean that disagreement is not being heard. {POWER_DEFINITIONS.tooCosy.formula}</p>
    </div>
  );
}
