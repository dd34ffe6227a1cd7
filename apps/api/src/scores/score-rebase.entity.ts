import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A rebase of one chart: from `month` on, the view's series has a new period with its own mean and limits. Who set
 * it, when and why are kept; withdrawing it sets `withdrawnAt`, never removes the row.
 */
@Entity('score_rebases')
export class ScoreRebaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  /** A practice key (the table can hold other measures' keys later). */
  @Column({ type: 'varchar' })
  practice!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Column({ type: 'varchar', nullable: true })
  sector!: string | null;

  @Column({ name: 'role_group', type: 'varchar', nullable: true })
  roleGroup!: string | null;

  /** The first day of the month the new period starts (yyyy-mm-dd). */
  @Column({ type: 'date' })
  month!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** The user who set it. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;
}
