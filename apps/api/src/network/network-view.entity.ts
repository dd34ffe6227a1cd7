import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartnerNetworkModel } from './models/partner-network.model';

/** A month's network as served (for a place, or the whole system when placeId is null), kept with the digest of its inputs (networkDigest). */
@Entity('network_views')
export class NetworkViewEntity {
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

  /** Everything but ratedMonths, which is read fresh each time. */
  @Column({ type: 'json' })
  network!: Omit<PartnerNetworkModel, 'ratedMonths'>;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  computedAt!: Date;
}
