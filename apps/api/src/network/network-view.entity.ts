import { Column, Entity } from 'typeorm';
import { PlaceMonthRow } from '../common/place-month-row';
import type { PartnerNetworkModel } from './models/partner-network.model';

/** A month's network as served (for a place, or the whole system when placeId is null), kept with the digest of its inputs (networkDigest). */
@Entity('network_views')
export class NetworkViewEntity extends PlaceMonthRow {
  @Column({ type: 'varchar' })
  digest!: string;

  /** Everything but ratedMonths, which is read fresh each time. */
  @Column({ type: 'json' })
  network!: Omit<PartnerNetworkModel, 'ratedMonths'>;
}
