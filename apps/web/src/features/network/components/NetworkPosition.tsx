import { useQuery } from '@apollo/client/react';
import { formatMonth, VariationBadge, XmrChartWithTable, XmrLegend } from '@stewardship/web-charts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { PartnerNetworkPositionDocument } from '../../../generated/graphql';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { formatMeasure, measureDefinition, positionChartPoints, positionPeriod, positionPointDetails, positionTableRows, type MeasureSeries } from '../utils/network-position';

const TABLE_COLUMNS = ['Month', 'Value', 'Process mean', 'Limits', 'Variation'] as const;

/**
 * The partner page's "Network position": the partner's ties, strength and brokerage over the last two years as
 * small SPC charts, each with its data table, in the network its reader sees (the system's, or a place lead's place's).
 */
export function NetworkPosition({ organisationId, name }: { organisationId: string; name: string }) {
  // Read once per visit: the period is the two years to this month.
  const period = useMemo(() => positionPeriod(new Date()), []);
  const { data, previousData, loading, error, refetch } = useQuery(PartnerNetworkPositionDocument, { variables: { organisationId, ...period } });
  const shown = data ?? previousData;
  const position = shown?.partnerNetworkPosition;
  const rated = position?.series.some((series) => series.points.some((point) => point.value !== null)) ?? false;

  return (
    <section aria-labelledby="network-position-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="network-position-heading">
        Network position
      </h2>
      {loading && !shown ? <LoadingMessage>Loading the network position…</LoadingMessage> : null}
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The network position could not be loaded.</ServiceProblem> : null}
      {shown && !position ? <p className="nhsuk-body">{name} is not in the partner network you can see.</p> : null}
      {position && !rated ? (
        <p className="nhsuk-body">
          No network to show for {name} from {formatMonth(position.fromMonth)} to {formatMonth(position.toMonth)}: no ratings yet, or too few rating partners to show it.
        </p>
      ) : null}
      {position && rated ? (
        <>
          <p className="nhsuk-body">
            {name}&rsquo;s place in the <Link to="/network">partner network</Link> each month from {formatMonth(position.fromMonth)} to {formatMonth(position.toMonth)}. A month without
            a network shown is a gap.
          </p>
          <XmrLegend gapText="A month with no network shown: a gap in the line" />
          <div className="app-chart-grid">
            {position.series.map((series) => (
              <MeasureCard key={series.measure} series={series} name={name} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}

function MeasureCard({ series, name }: { series: MeasureSeries; name: string }) {
  const definition = measureDefinition(series.measure);
  const id = `network-position-${series.measure}`;
  const points = useMemo(() => positionChartPoints(series), [series]);
  const latest = [...series.points].reverse().find((point) => point.value !== null);
  const rows = positionTableRows(series).map((row) => ({ key: row.month, header: row.month, cells: [row.value, row.processMean, row.limits, row.variation] }));
  return (
    <section className="app-chart-card" aria-labelledby={`${id}-heading`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-heading`}>
        {definition.title}
      </h3>
      <p className="nhsuk-body-s app-secondary-text nhsuk-u-margin-bottom-2">{definition.help}</p>
      <div className="app-chart-card__latest">
        {latest && latest.value !== null ? (
          <>
            <span className="nhsuk-body-s">
              {formatMonth(latest.month)}: <strong>{formatMeasure(series.measure, latest.value)}</strong>
            </span>
            <VariationBadge variation={latest.variation} />
          </>
        ) : null}
        {series.limitsNote ? <span className="nhsuk-body-s app-secondary-text">No process limits: {series.limitsNote}</span> : null}
      </div>
      <XmrChartWithTable
        id={id}
        title={`${name}: ${definition.title.toLowerCase()} by month`}
        description={`${definition.title} of ${name} each month, with its process mean and limits where there are enough months. Months without a network shown are gaps.`}
        points={points}
        describePoint={(index) => positionPointDetails(series, index)}
        monthsLabel={`Months on the ${definition.title} chart. Use the arrow keys to move between months.`}
        bounds={[0, Number.POSITIVE_INFINITY]}
        height={150}
        tableCaption={`${definition.title}: monthly figures`}
        tableColumns={TABLE_COLUMNS}
        tableRows={rows}
      />
    </section>
  );
}
