import { Column, Entity } from 'typeorm';
import { PlaceMonthRow } from '../common/place-month-row';
import type { PartnerNetworkMapModel } from './models/partner-network-map.model';
import type { PartnerNetworkModel } from './models/partner-network.model';

/** A month's network as served (for a place, or the whole system when placeId is null), kept with the digest of its inputs (networkDigest). */
@Entity('network_views')
export class NetworkViewEntity extends PlaceMonthRow {
  @Column({ type: 'varchar' })
  digest!: string;

  /** The version of the data it was built at (InputVersionsService): served without digesting its inputs while that holds. */
  @Column({ name: 'inputs_version', type: 'bigint', nullable: true })
  inputsVersion!: string | null;

  /** Everything but ratedMonths, which is read fresh each time. */
  @Column({ type: 'json' })
  network!: Omit<PartnerNetworkModel, 'ratedMonths'>;

  /** The map's part of the same network (partner-network.ts networkMap), read without the whole; null when kept before maps were. */
  @Column({ type: 'json', nullable: true })
  map!: Omit<PartnerNetworkMapModel, 'ratedMonths'> | null;
}
