import type { NetworkMetrics } from '@stewardship/network';
import { Column, Entity } from 'typeorm';
import { PlaceMonthRow } from '../common/place-month-row';

/**
 * One month's network figures (libs/network networkMetrics) for a place, or the whole system when placeId is null,
 * kept with the digest of what they were computed from (see metricsDigest): reused while the digest matches.
 */
@Entity('network_metrics')
export class NetworkMetricsEntity extends PlaceMonthRow {
  @Column({ type: 'varchar' })
  digest!: string;

  /** Partners whose respondents rated a partner in the network that month: whether it may be shown is decided on reading. */
  @Column({ name: 'respondent_organisations', type: 'int' })
  respondentOrganisations!: number;

  @Column({ type: 'jsonb' })
  metrics!: NetworkMetrics;
}
