import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A decision's identity in the log: what every version of it, and any decision reopening it, points to. */
@Entity('decisions')
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;
}
