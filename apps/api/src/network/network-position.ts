import type { NodeChange } from '@stewardship/network';
import { xmr, type ImprovementDirection } from '@stewardship/spc';
import type { NetworkMeasureSeriesModel } from './models/partner-network.model';

/** The measures of a partner's position, as libs/network networkMetrics names them. */
export const NETWORK_MEASURES = ['degree', 'strength', 'betweenness'] as const;
export type NetworkMeasure = (typeof NETWORK_MEASURES)[number];

/**
 * Which way each measure should move, for the XmR variation icons: more partners and stronger ties are better; a
 * rise in betweenness may be a partner bridging more, or the network leaning on one broker, so it is neither.
 */
export const NETWORK_MEASURE_IMPROVEMENT: Record<NetworkMeasure, ImprovementDirection> = {
  degree: 'increase',
  strength: 'increase',
  betweenness: 'neither',
};

/**
 * A partner's degree, strength and betweenness month by month, each read as an XmR chart over the months with a value.
 * `months` holds the partner's figures each month (oldest first), or null for a month whose network is hidden or
 * has no ratings, or without the partner: a gap in the series.
 */
export function positionSeries(months: readonly { month: string; node: NodeChange | null }[]): NetworkMeasureSeriesModel[] {
  return NETWORK_MEASURES.map((measure) => {
    const values = months.map(({ month, node }) => ({ month, value: node ? node[measure] : null }));
    const charted = values.filter((v): v is { month: string; value: number } => v.value !== null);
    const chart = charted.length ? xmr(charted.map((v) => ({ date: `${v.month}-01`, value: v.value })), { improvement: NETWORK_MEASURE_IMPROVEMENT[measure] }) : null;
    const spcByMonth = new Map(chart?.points.map((point) => [point.date.slice(0, 7), point]) ?? []);
    return {
      measure,
      points: values.map(({ month, value }) => {
        const spc = spcByMonth.get(month);
        return {
          month,
          value,
          processMean: spc?.mean ?? null,
          lowerLimit: spc?.lowerLimit ?? null,
          upperLimit: spc?.upperLimit ?? null,
          variation: spc?.variation ?? 'common',
        };
      }),
      limitsNote: !chart ? 'No month has a value to chart yet' : (chart.periods.at(-1)?.reason ?? null),
    };
  });
}
