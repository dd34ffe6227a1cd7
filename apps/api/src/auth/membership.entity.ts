import type { Role } from '@stewardship/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A user's role in one system; a place lead's membership also names their place. */
@Entity('memberships')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ type: 'varchar' })
  role!: Role;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  /** A place lead granted the whole system's partner network (setSystemViewGrant); other roles see it anyway. */
  @Column({ name: 'system_view_granted', type: 'boolean', default: false })
  systemViewGranted!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
