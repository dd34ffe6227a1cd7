import { useQuery } from '@apollo/client/react';
import { POWER_DEFINITIONS } from '@stewardship/power';
import { formatMonth, XmrLegend } from '@stewardship/web-charts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { PowerFiguresDocument, type PowerFigure } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { decisionsLink, periodDays, powerFiltersFromSearchParams, searchParamsFromPowerFilters, type PowerFilters } from '../utils/power-period';
import { ManualIndicators } from './ManualIndicators';
import { PowerFigureCard } from './PowerFigureCard';
import { PowerFilterForm } from './PowerFilterForm';
import { RepresentationChart } from './RepresentationChart';
import { TooCosyCallout } from '../../../shared/components/TooCosyCallout';

/** Roles that may enter manual indicators (place leads for their own place, which is the only one they see). */
const INDICATOR_AUTHORS = new Set(['ADMIN', 'LEADER', 'PLACE_LEAD']);

/** /power: the power-sharing figures of a place or the system over a period, month by month, with representation by sector. */
export function PowerPage() {
  const viewer = useSignedInViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const placeLead = viewer.role === 'PLACE_LEAD' && viewer.place ? viewer.place : null;
  // Read once per visit: the default period is the 12 months to today.
  const today = useMemo(() => new Date(), []);
  const filters = useMemo(() => {
    const chosen = powerFiltersFromSearchParams(searchParams, today);
    return placeLead ? { ...chosen, placeId: placeLead.id } : chosen;
  }, [searchParams, placeLead, today]);
  const setFilters = useCallback((next: PowerFilters) => setSearchParams(searchParamsFromPowerFilters(next, today)), [setSearchParams, today]);

  const { options: places } = usePlaceOptions({ skip: Boolean(placeLead) });
  const days = periodDays(filters.from, filters.to);
  const { data, previousData, loading, error, refetch } = useQuery(PowerFiguresDocument, {
    variables: { placeId: filters.placeId ?? null, from: days.from, to: days.to, fromMonth: filters.from, toMonth: filters.to },
    // Decisions recorded elsewhere in the app change the figures: show the cached ones, then the latest.
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const placeName = placeLead?.name ?? places.find((place) => place.value === filters.placeId)?.label ?? null;
  const monthCounts = useMemo(() => {
    const counts = shown?.powerSeries.figures.find((series) => series.figure === 'decisionCount')?.points ?? [];
    return new Map(counts.map((point) => [point.month, point.value ?? 0]));
  }, [shown]);

  return (
    <>
      <DocumentTitle title="Power sharing" />
      <h1>Power sharing</h1>
      <p className="nhsuk-body-l">
        Whether power is shared in {placeName ?? viewer.system.name}'s forums, from the decision log and the seats: who has a say in decisions that
        affect them, who proposes, and whether disagreement is heard.
      </p>

      <PowerFilterForm filters={filters} onChange={setFilters} places={places} fixedPlace={placeLead?.name} />

      {loading && !shown ? <LoadingMessage>Loading the power-sharing figures…</LoadingMessage> : null}
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The power-sharing figures could not be loaded. Try again.</ServiceProblem> : null}

      {shown && !error ? (
        <div aria-busy={loading || undefined}>
          <TooCosyCallout warning={shown.powerSeries.tooCosy} />
          <h2>
            The figures, {formatMonth(filters.from)} to {formatMonth(filters.to)}
          </h2>
          {shown.powerIndicators.decisionCount === 0 ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>No decisions are recorded in this period. The figures appear once decisions are recorded in the decision log.</p>
            </div>
          ) : null}
          <XmrLegend gapText="A month without decisions (or without the cases a figure counts): a gap in the line" />
          <div className="app-chart-grid">
            {shown.powerSeries.figures.map((series) => {
              const figure: PowerFigure = series.figure;
              return (
                <PowerFigureCard
                  key={figure}
                  figure={figure}
                  value={shown.powerIndicators[figure]}
                  decisionCount={shown.powerIndicators.decisionCount}
                  series={series}
                  month={filters.month}
                  monthDecisionCount={monthCounts.get(filters.month) ?? 0}
                  decisionsHref={decisionsLink(figure, filters.placeId, filters.from, filters.to)}
                />
              );
            })}
          </div>

          <h2>Representation by sector</h2>
          <RepresentationChart rows={shown.powerIndicators.representation} lastDay={days.to} />
        </div>
      ) : null}

      <h2>Manual indicators</h2>
      <ManualIndicators placeId={filters.placeId} placeName={placeName} mayAdd={INDICATOR_AUTHORS.has(viewer.role)} />

      <h2>How the figures are worked out</h2>
      <dl className="nhsuk-summary-list">
        {(['representationFlag', 'tooCosy'] as const).map((key) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{POWER_DEFINITIONS[key].name}</dt>
            <dd className="nhsuk-summary-list__value">{POWER_DEFINITIONS[key].formula}</dd>
          </div>
        ))}
      </dl>
      <p className="nhsuk-body">
        Each figure counts the decisions dated in the period as they stand after any amendment. A figure is empty, never 0, when there is nothing to
        count. The monthly charts are statistical process control (SPC) charts: limits appear once a figure has 12 months with a value.
      </p>
    </>
  );
}
