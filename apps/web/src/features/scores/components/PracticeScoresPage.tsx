import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PracticeScoresDocument } from '../../../generated/graphql';
import { XmrLegend } from '@stewardship/web-charts';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import {
  hasScoreFilters,
  scoreFilterFrom,
  scoreFiltersFromSearchParams,
  searchParamsFromScoreFilters,
  type ScoreFilters,
} from '../utils/score-filters';
import { gapLabel, nothingToShow } from '../utils/score-format';
import { PracticeScoreChart } from './PracticeScoreChart';
import { ScoreFilterForm } from './ScoreFilterForm';
import { ScoresHelp } from './ScoresHelp';

/** The months each chart covers. */
export const SCORE_MONTHS = 24;

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
  const { data, previousData, loading, error, refetch } = useQuery(PracticeScoresDocument, {
    variables: { filter: scoreFilterFrom(filters), months: SCORE_MONTHS },
  });
  const shown = data ?? previousData;
  const filtered = hasScoreFilters({ ...filters, placeId: placeLead ? undefined : filters.placeId });
  const minimumGroupSize = shown?.minimumGroupSize ?? 5;

  return (
    <>
      <DocumentTitle title="Practice scores" />
      <h1>Practice scores</h1>
      <p className="nhsuk-body-l">
        How partners in {viewer.system.name} rate the six collaborative-leadership practices each month, from 1 (strongly
        disagree) to 5 (strongly agree), as statistical process control (SPC) charts.
      </p>

      <ScoreFilterForm filters={filters} onChange={setFilters} places={places} fixedPlace={placeLead?.name} />
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
            <XmrLegend gapLabel={gapLabel(minimumGroupSize)} gapText="Month not shown, to protect respondents (the data table says why)" />
            <div className="app-chart-grid" aria-busy={loading || undefined}>
              {shown.practiceScores.map((series) => (
                <PracticeScoreChart key={series.practice} series={series} minimumGroupSize={minimumGroupSize} />
              ))}
            </div>
          </>
        )
      ) : null}

      <ScoresHelp minimumGroupSize={minimumGroupSize} />
    </>
  );
}
