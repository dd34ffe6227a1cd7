import { Column, PrimaryColumn } from 'typeorm';

/**
 * What both counts tables key a cell by, and what they count: how many responses of one system, month, sector, role
 * group and place set gave each answer 1 to 5 to one question. Each table adds the column naming its question.
 */
export abstract class AnswerCountCell {
  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'varchar' })
  sector!: string;

  @PrimaryColumn({ name: 'role_group', type: 'varchar' })
  roleGroup!: string;

  /** Sorted, so one place set has one spelling. */
  @PrimaryColumn({ name: 'place_ids', type: 'uuid', array: true })
  placeIds!: string[];

  /** Responses that answered 1, 2, 3, 4 and 5. */
  @Column({ type: 'int', array: true })
  counts!: number[];
}
