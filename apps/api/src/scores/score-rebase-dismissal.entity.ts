import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A suggested rebase a user dismissed: the suggestion is not offered again for that view and month. */
@Entity('score_rebase_dismissals')
export class ScoreRebaseDismissalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ type: 'varchar' })
  practice!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Column({ type: 'varchar', nullable: true })
  sector!: string | null;

  @Column({ name: 'role_group', type: 'varchar', nullable: true })
  roleGroup!: string | null;

  /** The first day of the suggested month (yyyy-mm-dd). */
  @Column({ type: 'date' })
  month!: string;

  @Column({ name: 'dismissed_by', type: 'uuid', nullable: true })
  dismissedBy!: string | null;

  @CreateDateColumn({ name: 'dismissed_at', type: 'timestamptz' })
  dismissedAt!: Date;
}
