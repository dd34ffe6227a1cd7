import { SECTOR_LABELS } from '@stewardship/domain';
import { POWER_DEFINITIONS, REPRESENTATION_DEFAULTS } from '@stewardship/power';
import { ChartDataTable, GroupedBarChart, type BarSeries } from '@stewardship/web-charts';
import { useMemo } from 'react';
import { formatShare, ratioText, representationGroups, type SectorRepresentation } from '../utils/power-format';

const SERIES: BarSeries[] = [
  { key: 'seat', label: 'Seat share', color: '#005eb8' },
  { key: 'vote', label: 'Vote share', color: '#41b6e6' },
  { key: 'weight', label: 'Weight share', color: '#768692' },
];
const COLUMNS = ['Sector', 'Seats', 'Voting seats', 'Weight', 'Seat share', 'Vote share', 'Weight share', 'Seat ratio', 'Vote ratio'] as const;
const share = (value: number | null) => (value === null ? 'None' : formatShare(value));

/** Seat, vote and weight shares side by side per sector on the period's last day, with its data table. */
export function RepresentationChart({ rows, lastDay }: { rows: readonly SectorRepresentation[]; lastDay: string }) {
  const groups = useMemo(() => representationGroups(rows), [rows]);
  const day = new Date(`${lastDay}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const flagged = rows.filter((row) => row.seatFlag || row.voteFlag);
  return (
    <>
      <p className="nhsuk-body">
        Seats and votes held by each sector on {day}, beside the sector's share of the partners' weight. A bar marked Under or Over has a ratio
        below {REPRESENTATION_DEFAULTS.underRepresentedBelow} or above {REPRESENTATION_DEFAULTS.overRepresentedAbove}. {POWER_DEFINITIONS.weightShare.formula}
      </p>
      <GroupedBarChart
        id="representation"
        title={`Representation by sector on ${day}`}
        description={
          flagged.length
            ? `Flagged: ${flagged.map((row) => `${SECTOR_LABELS[row.sector]} ${[row.seatFlag && `seats ${row.seatFlag}-represented`, row.voteFlag && `votes ${row.voteFlag}-represented`].filter(Boolean).join(' and ')}`).join('; ')}.`
            : 'No sector is flagged as under- or over-represented.'
        }
        groups={groups}
        series={SERIES}
        domain={[0, 1]}
      />
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Representation: data table</span>
        </summary>
        <div className="nhsuk-details__text">
          <ChartDataTable
            caption={`Representation by sector on ${day}`}
            columns={COLUMNS}
            rows={rows.map((row) => ({
              key: row.sector,
              header: SECTOR_LABELS[row.sector],
              cells: [
                row.seats,
                row.votingSeats,
                row.weight.toLocaleString('en-GB'),
                share(row.seatShare),
                share(row.voteShare),
                share(row.weightShare),
                ratioText(row.seatRatio, row.seatFlag),
                ratioText(row.voteRatio, row.voteFlag),
              ],
            }))}
          />
        </div>
      </details>
    </>
  );
}
