import type { NetworkMetrics } from '@stewardship/network';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One month's network figures (libs/network networkMetrics) for a place, or the whole system when placeId is null,
 * kept with the digest of what they were computed from (see metricsDigest): reused while the digest matches.
 */
@Entity('network_metrics')
export class NetworkMetricsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  /** The 1st of the month (yyyy-mm-dd). */
  @Column({ type: 'date' })
  month!: string;

  @Column({ type: 'varchar' })
  digest!: string;

  /** Partners whose respondents rated a partner in the network that month: whether it may be shown is decided on reading. */
  @Column({ name: 'respondent_organisations', type: 'int' })
  respondentOrganisations!: number;

  @Column({ type: 'jsonb' })
  metrics!: NetworkMetrics;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  computedAt!: Date;
}
