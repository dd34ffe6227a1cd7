import { POWER_DEFINITIONS } from '@stewardship/power';
import { formatMonth, VariationBadge } from '@stewardship/web-charts';
import { Link } from 'react-router';
import { TooCosyCallout } from '../../../shared/components/TooCosyCallout';
import { powerLink, type ReviewScope } from '../utils/review-links';
import { formatPowerValue, powerChartPoints, powerPointDetails, powerTableRows, type MonthlyReview, type ReviewPowerFigure } from '../utils/review-format';
import { ReviewChart } from './ReviewChart';

type ReviewPower = MonthlyReview['power'];

const TABLE_COLUMNS = ['Month', 'Value', 'Process mean', 'Limits', 'Variation'] as const;
const SHARE_BOUNDS = [0, 1] as const;

/** The "too cosy" warning, then each power-sharing figure's month with its trend and data table. */
export function PowerSection({ power, scope, expanded }: { power: ReviewPower; scope: ReviewScope; expanded: boolean }) {
  return (
    <>
      {power.tooCosy.warning ? (
        <TooCosyCallout warning={power.tooCosy} level={3} />
      ) : (
        <p className="nhsuk-body-s">No &ldquo;too cosy&rdquo; warning: dissent or conflict surfaced has been recorded within the run of months.</p>
      )}
      <div className="app-chart-grid app-review-grid">
        {power.figures.map((figure) => (
          <PowerFigureCard key={figure.figure} figure={figure} scope={scope} expanded={expanded} />
        ))}
      </div>
      <p className="nhsuk-body-s app-review-no-print">
        <Link to={powerLink(scope)}>
          Open the power page for {formatMonth(power.fromMonth)} to {formatMonth(power.toMonth)}
        </Link>
      </p>
    </>
  );
}

function PowerFigureCard({ figure, scope, expanded }: { figure: ReviewPowerFigure; scope: ReviewScope; expanded: boolean }) {
  const id = `review-power-${figure.figure}`;
  const definition = POWER_DEFINITIONS[figure.figure];
  return (
    <section className="app-chart-card" aria-labelledby={`${id}-heading`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-heading`}>
        {figure.name}
      </h3>
      <p className="nhsuk-body-s app-secondary-text nhsuk-u-margin-bottom-2">{definition.formula}</p>
      <p className="nhsuk-body nhsuk-u-margin-bottom-1">
        <strong>{figure.value === null ? `Empty: ${definition.whenNull}` : formatPowerValue(figure.figure, figure.value)}</strong> in {formatMonth(scope.month)}
      </p>
      <div className="app-chart-card__latest">{figure.variation ? <VariationBadge variation={figure.variation} /> : <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Variation not judged.</p>}</div>
      <p className="nhsuk-body-s">{figure.line}</p>
      <ReviewChart
        id={id}
        title={figure.name}
        description={`${figure.name} each month from ${formatMonth(figure.trend[0]?.month ?? scope.month)} to ${formatMonth(scope.month)}, with its process mean and limits where there are enough months. Months without a value are gaps.`}
        points={powerChartPoints(figure)}
        describePoint={(index) => powerPointDetails(figure.figure, figure.trend[index])}
        bounds={figure.figure === 'decisionCount' ? undefined : SHARE_BOUNDS}
        tableColumns={TABLE_COLUMNS}
        tableRows={powerTableRows(figure)}
        expanded={expanded}
      />
    </section>
  );
}
