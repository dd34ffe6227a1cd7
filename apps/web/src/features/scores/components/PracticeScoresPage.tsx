import { useQuery } from '@apollo/client/react';
import { practiceByKey } from '@stewardship/domain';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PracticeScoresDocument, ScoreMonthsDocument, SummaryScoresDocument } from '../../../generated/graphql';
import { sharedYDomain, XmrLegend, xmrChartValues } from '@stewardship/web-charts';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { downloadTextFile } from '../../../shared/utils/download';
import {
  hasScoreFilters,
  openedMonths,
  scoreFilterFrom,
  scoreFiltersFromSearchParams,
  searchParamsFromScoreFilters,
  type ScoreFilters,
} from '../utils/score-filters';
import { practiceScoresCsv, practiceScoresCsvName } from '../utils/score-csv';
import { chartPoints, nothingToShow, SCORE_BOUNDS, type PracticeScoreSeries, type ScoreSeries, type SummaryScoreSeries } from '../utils/score-format';
import { ScoreChart } from './ScoreChart';
import { ScoreDataTable } from './ScoreDataTable';
import { ScoreFilterForm } from './ScoreFilterForm';
import { ScoresHelp } from './ScoresHelp';
import { SummaryQuestionsHelp } from './SummaryQuestionsHelp';

/** The months each chart covers. */
export const SCORE_MONTHS = 24;

/** How a series is named on the page: its key (for rebases), its chart's element id and its title. */
interface ChartOf {
  key: string;
  id: string;
  title: string;
}
const practiceChart = (series: PracticeScoreSeries): ChartOf => ({
  key: series.practice,
  id: `practice-${series.practice.toLowerCase()}`,
  title: `${practiceByKey(series.practice).number}. ${series.name}`,
});
const summaryChart = (series: SummaryScoreSeries): ChartOf => ({ key: series.question, id: `question-${series.question.toLowerCase()}`, title: series.name });

/** One scale for a section's charts, when the reader asks for it. */
const sectionDomain = (allSeries: readonly ScoreSeries[]) => sharedYDomain(allSeries.map((series) => xmrChartValues(chartPoints(series))), { bounds: SCORE_BOUNDS });

/** /scores: the six practice scores as small-multiple SPC charts, filtered by place, sector and role group. */
export function PracticeScoresPage() {
  const viewer = useSignedInViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const placeLead = viewer.role === 'PLACE_LEAD' && viewer.place ? viewer.place : null;
  const filters = useMemo(() => {
    const chosen = scoreFiltersFromSearchParams(searchParams);
    // The API shows a place lead their own place only.
    return placeLead ? { ...chosen, placeId: placeLead.id } : chosen;
  }, [searchParams, placeLead]);
  const setFilters = useCallback((next: ScoreFilters) => setSearchParams(searchParamsFromScoreFilters(next)), [setSearchParams]);

  const { options: places } = usePlaceOptions({ skip: Boolean(placeLead) });
  const { data: rounds } = useQuery(ScoreMonthsDocument);
  const months = useMemo(() => openedMonths(rounds?.surveyRounds ?? []), [rounds]);
  // A month from the URL stands until the rounds are known; then only a month with an opened round does.
  const toMonth = filters.toMonth && (!rounds || months.includes(filters.toMonth)) ? filters.toMonth : undefined;
  const filter = useMemo(() => scoreFilterFrom(filters), [filters]);
  // Rebases are a judgement about the process, so the roles that lead the system's work set them.
  const canRebase = viewer.role === 'ADMIN' || viewer.role === 'LEADER';
  const { data, previousData, loading, error, refetch } = useQuery(PracticeScoresDocument, {
    variables: { filter, months: SCORE_MONTHS, toMonth },
  });
  const shown = data ?? previousData;
  const summary = useQuery(SummaryScoresDocument, { variables: { filter, months: SCORE_MONTHS, toMonth } });
  const summaryShown = summary.data ?? summary.previousData;
  const filtered = hasScoreFilters({ ...filters, placeId: placeLead ? undefined : filters.placeId });
  const minimumGroupSize = shown?.minimumGroupSize ?? 5;
  // Fitted per chart by default, as Making Data Count draws them; one scale makes the six comparable at a glance.
  const [sameScale, setSameScale] = useState(false);
  const sharedDomain = useMemo(() => (sameScale && shown ? sectionDomain(shown.practiceScores) : undefined), [sameScale, shown]);
  const summaryDomain = useMemo(() => (sameScale && summaryShown ? sectionDomain(summaryShown.summaryScores) : undefined), [sameScale, summaryShown]);
  const charted = [
    ...(shown?.practiceScores ?? []).map((series) => ({ series, chart: practiceChart(series) })),
    ...(summaryShown?.summaryScores ?? []).map((series) => ({ series, chart: summaryChart(series) })),
  ];

  return (
    <>
      <DocumentTitle title="Practice scores" />
      <h1>Practice scores</h1>
      <p className="nhsuk-body-l">
        How partners in {viewer.system.name} rate the six collaborative-leadership practices each month, from 1 (strongly
        disagree) to 5 (strongly agree), as statistical process control (SPC) charts.
      </p>

      <ScoreFilterForm filters={{ ...filters, toMonth }} onChange={setFilters} places={places} months={months} fixedPlace={placeLead?.name} />
      {filtered ? (
        <p className="nhsuk-body">
          <Link to="/scores">Clear filters</Link>
        </p>
      ) : null}

      <h2>The six practices</h2>
      {loading ? <LoadingMessage>Loading practice scores…</LoadingMessage> : null}
      {error && !loading ? (
        <ServiceProblem onRetry={() => void refetch()}>The practice scores could not be loaded. Try again.</ServiceProblem>
      ) : null}

      {shown && !error ? (
        nothingToShow(shown.practiceScores) ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            {filtered ? (
              <p>
                No month has enough responses from the partners chosen to show. Scores are shown for groups of at least{' '}
                {minimumGroupSize} respondents. Try fewer filters.
              </p>
            ) : (
              <>
                <h3 className="nhsuk-heading-s">No survey responses yet</h3>
                <p>Scores appear here once a survey round has at least {minimumGroupSize} responses.</p>
              </>
            )}
          </div>
        ) : (
          <>
            <XmrLegend gapText="Month not shown, to protect respondents: a gap in the line (the data table says why)" />
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-u-margin-bottom-4">
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id="same-scale"
                  type="checkbox"
                  checked={sameScale}
                  onChange={(event) => setSameScale(event.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="same-scale">
                  Same scale for all six
                </label>
              </div>
            </div>
            <div className="app-chart-grid" aria-busy={loading || undefined}>
              {shown.practiceScores.map((series) => {
                const chart = practiceChart(series);
                return <ScoreChart key={chart.key} series={series} questionKey={chart.key} id={chart.id} title={chart.title} domain={sharedDomain} filter={filter} canRebase={canRebase} />;
              })}
            </div>

            <h2 id="summary-questions">Direction, alignment and commitment</h2>
            <SummaryQuestionsHelp />
            {summary.loading ? <LoadingMessage>Loading direction, alignment and commitment…</LoadingMessage> : null}
            {summary.error && !summary.loading ? (
              <ServiceProblem onRetry={() => void summary.refetch()}>Direction, alignment and commitment could not be loaded. Try again.</ServiceProblem>
            ) : null}
            {summaryShown && !summary.error ? (
              <div className="app-chart-grid" aria-busy={summary.loading || undefined}>
                {summaryShown.summaryScores.map((series) => {
                  const chart = summaryChart(series);
                  return <ScoreChart key={chart.key} series={series} questionKey={chart.key} id={chart.id} title={chart.title} domain={summaryDomain} filter={filter} canRebase={canRebase} />;
                })}
              </div>
            ) : null}

            <h2>The figures</h2>
            <p className="nhsuk-body">
              Every figure on the charts, month by month. The download has the six practices and the three summary questions
              in one file; months hidden to protect respondents have no figures there either, only the reason.
            </p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => downloadTextFile(practiceScoresCsvName(shown.practiceScores), practiceScoresCsv(charted.map(({ series }) => series)))}
            >
              Download CSV<span className="nhsuk-u-visually-hidden"> of the practice scores</span>
            </button>
            {charted.map(({ series, chart }) => (
              <details className="nhsuk-details" key={chart.key}>
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">{chart.title}: data table</span>
                </summary>
                <div className="nhsuk-details__text">
                  <ScoreDataTable series={series} caption={`${chart.title}: monthly figures`} />
                </div>
              </details>
            ))}
          </>
        )
      ) : null}

      <ScoresHelp minimumGroupSize={minimumGroupSize} />
    </>
  );
}
