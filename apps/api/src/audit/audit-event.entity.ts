import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'CREATE' | 'UPDATE' | 'ARCHIVE' | 'RESTORE';
export type AuditEntityType = 'PLACE' | 'ORGANISATION' | 'FORUM' | 'SEAT' | 'PERSON';
export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

/** One change to one register row: who, when, and each field's old and new value. Never updated or deleted. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'entity_type', type: 'varchar' })
  entityType!: AuditEntityType;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'varchar' })
  action!: AuditAction;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'via_import', type: 'boolean', default: false })
  viaImport!: boolean;

  @Column({ type: 'jsonb' })
  changes!: AuditChanges;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
