import { useMemo } from 'react';
import { formatMonth, VariationBadge, XmrChart } from '@stewardship/web-charts';
import type { ScoreFilter } from '../../../generated/graphql';
import { chartDescription, chartPoints, latestJudgedPoint, pointDetails, SCORE_BOUNDS, type ScoreSeries } from '../utils/score-format';
import { chartRebases, rebaseAt } from '../utils/score-rebases';
import { RebaseSuggestionNotice } from './RebaseSuggestionNotice';
import { ScoreRebaseList } from './ScoreRebaseList';

interface ScoreChartProps {
  series: ScoreSeries;
  /** The practice's or summary question's key: rebases and suggestions are set for it. */
  questionKey: string;
  /** The chart's element id, from which its heading's id is made. */
  id: string;
  /** "4. Sharing power", "Direction". */
  title: string;
  /** The y scale shared by the charts of its section; default fitted to this chart's figures. */
  domain?: readonly [number, number];
  /** The view shown (place, sector, role group): rebases set here belong to it. */
  filter: ScoreFilter;
  /** Whether the reader may set, withdraw and dismiss rebases (administrators and leaders). */
  canRebase: boolean;
}

/**
 * One practice's or summary question's small multiple: heading and short help, the latest variation icon, the SPC
 * chart with a line at each rebase, a suggested rebase if there is one, and the chart's rebases (its data table is
 * under all the charts, where it has the page's width).
 */
export function ScoreChart({ series, questionKey, id, title, domain, filter, canRebase }: ScoreChartProps) {
  const points = useMemo(() => chartPoints(series), [series]);
  const rebases = useMemo(() => chartRebases(series), [series]);
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
        describePoint={(index) => pointDetails(series.points[index], rebaseAt(series, series.points[index].month)?.reason)}
        monthsLabel={`Months on the ${series.name} chart. Use the arrow keys to move between months.`}
        domain={domain}
        bounds={SCORE_BOUNDS}
        rebases={rebases}
      />
      {series.rebaseSuggestion ? (
        // Keyed by the month, so a new suggestion starts with its own reason, not one being edited for another.
        <RebaseSuggestionNotice
          key={series.rebaseSuggestion.from}
          practice={questionKey}
          practiceName={title}
          suggestion={series.rebaseSuggestion}
          filter={filter}
          canRebase={canRebase}
        />
      ) : null}
      <ScoreRebaseList rebases={series.rebases} practiceName={title} canRebase={canRebase} />
    </section>
  );
}
