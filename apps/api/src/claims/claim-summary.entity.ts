import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { KeptClaimSummary } from './claim-summary';

/** A claim's evidence summary kept with the stamp of what it was worked out from (see the claim summaries migration). */
@Entity('claim_summaries')
export class ClaimSummaryEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ type: 'varchar', length: 200 })
  stamp!: string;

  /** The summary's evidence fingerprint, beside it so that a claim's status is read without the whole summary. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  @Column({ type: 'json' })
  summary!: KeptClaimSummary;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  computedAt!: Date;
}
