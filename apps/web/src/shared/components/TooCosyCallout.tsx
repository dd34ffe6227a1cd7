import { POWER_DEFINITIONS } from '@stewardship/power';
import { formatMonth } from '@stewardship/web-charts';

/** The API's TooCosyWarning, as much of it as the callout says. */
interface TooCosy {
  warning: boolean;
  dissentWarning: boolean;
  dissentMonths: readonly string[];
  conflictSurfacedWarning: boolean;
  conflictSurfacedMonths: readonly string[];
}

const runText = (months: readonly string[]) => `${formatMonth(months[0])} to ${formatMonth(months[months.length - 1])}`;

/**
 * The NHS warning callout when recorded dissent or conflict surfaced has been zero for the run of months (the power
 * page and the monthly review). Its label is a heading at `level`, under the page's own headings.
 */
export function TooCosyCallout({ warning, level = 2 }: { warning: TooCosy; level?: 2 | 3 }) {
  if (!warning.warning) return null;
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <div className="nhsuk-warning-callout">
      <Heading className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Too cosy?
        </span>
      </Heading>
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
