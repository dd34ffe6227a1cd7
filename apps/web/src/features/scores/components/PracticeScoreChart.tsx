import { practiceByKey } from '@stewardship/domain';
import { useMemo } from 'react';
import { formatMonth, VariationBadge, XmrChart } from '@stewardship/web-charts';
import { chartDescription, chartPoints, latestJudgedPoint, pointDetails, SCORE_BOUNDS, type PracticeScoreSeries } from '../utils/score-format';

/**
 * One practice's small multiple: heading and short help, the latest variation icon and the SPC chart (its data table
 * is under all six, where it has the page's width).
 * The y axis is fitted to this practice's figures unless `domain` gives the scale shared by all six.
 */
export function PracticeScoreChart({ series, domain }: { series: PracticeScoreSeries; domain?: readonly [number, number] }) {
  const { number } = practiceByKey(series.practice);
  const id = `practice-${series.practice.toLowerCase()}`;
  const title = `${number}. ${series.name}`;
  const points = useMemo(() => chartPoints(series), [series]);
  const judged = latestJudgedPoint(series);

  return (
    <section className="app-chart-card" aria-labelledby={`${id}-heading`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-heading`}>
        {title}
      </h3>
      <p className="nhsuk-body-s app-secondary-text nhsuk-u-margin-bottom-2">{series.shortHelp}</p>
      <div className="app-chart-card__latest">
        {judged ? (
          <>
            <VariationBadge variation={judged.variation} />
            <span className="nhsuk-body-s app-secondary-text">
              {judged.month === series.points.at(-1)?.month ? 'Latest month' : 'Latest month shown'}: {formatMonth(judged.month)}
            </span>
          </>
        ) : (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <strong>Variation not judged.</strong> {series.limitsNote ?? 'The latest month has too few responses to show.'}
          </p>
        )}
      </div>
      <XmrChart
        id={id}
        title={`${title}: monthly mean score`}
        description={chartDescription(series)}
        points={points}
        describePoint={(index) => pointDetails(series.points[index])}
        monthsLabel={`Months on the ${series.name} chart. Use the arrow keys to move between months.`}
        domain={domain}
        bounds={SCORE_BOUNDS}
      />
    </section>
  );
}
