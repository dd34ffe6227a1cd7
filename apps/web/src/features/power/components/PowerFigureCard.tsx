import { POWER_DEFINITIONS } from '@stewardship/power';
import { formatMonth, VariationBadge, XmrChartWithTable } from '@stewardship/web-charts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { PowerFigure } from '../../../generated/graphql';
import { chartPoints, figureTableRows, figureText, pointDetails, type PowerFigureSeries } from '../utils/power-format';

interface PowerFigureCardProps {
  figure: PowerFigure;
  /** The figure over the whole period. */
  value: number | null;
  decisionCount: number;
  series: PowerFigureSeries;
  /** yyyy-mm: the month shown beside the period. */
  month: string;
  /** The decisions dated in that month, to say why its value may be empty. */
  monthDecisionCount: number;
  decisionsHref: string;
}

const TABLE_COLUMNS = ['Month', 'Value', 'Process mean', 'Limits', 'Variation'] as const;
/** Shares run from 0 to 1 (as do the concentration indices): a fitted axis stays within them. */
const SHARE_BOUNDS = [0, 1] as const;

/** One figure: its value for the period and the chosen month, its monthly SPC trend, its definition and its decisions. */
export function PowerFigureCard({ figure, value, decisionCount, series, month, monthDecisionCount, decisionsHref }: PowerFigureCardProps) {
  const definition = POWER_DEFINITIONS[figure];
  const id = `power-${figure}`;
  const points = useMemo(() => chartPoints(series), [series]);
  const monthPoint = series.points.find((point) => point.month === month);
  const rows = figureTableRows(series).map((row) => ({ key: row.month, header: row.month, cells: [row.value, row.processMean, row.limits, row.variation] }));

  return (
    <section className="app-chart-card" aria-labelledby={`${id}-heading`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-heading`}>
        {definition.name}
      </h3>
      <p className="nhsuk-body-s app-secondary-text nhsuk-u-margin-bottom-2">{definition.formula}</p>
      <dl className="app-figure-values">
        <div>
          <dt>Over the period</dt>
          <dd data-testid={`${id}-period`}>{figureText(figure, value, decisionCount)}</dd>
        </div>
        <div>
          <dt>{formatMonth(month)}</dt>
          <dd>{monthPoint ? figureText(figure, monthPoint.value, monthDecisionCount) : ''}</dd>
        </div>
      </dl>
      <div className="app-chart-card__latest">
        {series.latestVariation && series.latestMonth ? (
          <>
            <VariationBadge variation={series.latestVariation} />
            <span className="nhsuk-body-s app-secondary-text">Latest month with a value: {formatMonth(series.latestMonth)}</span>
          </>
        ) : (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <strong>Variation not judged.</strong> {series.limitsNote ?? 'The latest months have no value.'}
          </p>
        )}
      </div>
      <XmrChartWithTable
        id={id}
        title={`${definition.name}: by month`}
        description={`${definition.name} each month from ${formatMonth(series.points[0]?.month ?? month)} to ${formatMonth(series.points.at(-1)?.month ?? month)}, with its process mean and limits where there are enough months. Months without a value are gaps.`}
        points={points}
        describePoint={(index) => pointDetails(figure, series.points[index])}
        monthsLabel={`Months on the ${definition.name} chart. Use the arrow keys to move between months.`}
        bounds={figure === 'decisionCount' ? undefined : SHARE_BOUNDS}
        height={150}
        tableCaption={`${definition.name}: monthly figures`}
        tableColumns={TABLE_COLUMNS}
        tableRows={rows}
      />
      <p className="nhsuk-body-s">
        <Link to={decisionsHref}>
          See the decisions behind it<span className="nhsuk-u-visually-hidden">: {definition.name.toLowerCase()}</span>
        </Link>
      </p>
    </section>
  );
}
