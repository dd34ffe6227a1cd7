import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many responses gave each score (1 to 5), by system, month, practice, sector, role group and place set: a summary of
 * practice_scores kept in step by the response writer in the same transaction, so figures read counts, not answers.
 */
@Entity('practice_score_counts')
export class PracticeScoreCountEntity {
  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'varchar' })
  practice!: string;

  @PrimaryColumn({ type: 'varchar' })
  sector!: string;

  @PrimaryColumn({ name: 'role_group', type: 'varchar' })
  roleGroup!: string;

  /** Sorted, so one place set has one spelling. */
  @PrimaryColumn({ name: 'place_ids', type: 'uuid', array: true })
  placeIds!: string[];

  /** Responses that gave scores 1, 2, 3, 4 and 5. */
  @Column({ type: 'int', array: true })
  counts!: number[];
}
