import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many times the data of a system's month has changed (month '-infinity': data bearing on every month), counted
 * by triggers on every table the review and the network are built from (migrations 1765300000000 and 1765400000000).
 */
@Entity('input_versions')
export class InputVersionEntity {
  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'bigint' })
  version!: string;
}
