import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SECURITY_EVENT_KINDS = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'MEMBERSHIP_CHANGED',
  'REGISTER_EXPORTED',
  'SURVEY_ROUND_OPENED',
  'SURVEY_LINK_REISSUED',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/** A few ids, counts and codes about the event: never free text, and never a password, token or hash. */
export type SecurityEventDetail = Record<string, string | number | boolean | null>;

/**
 * One security-relevant event: who (if known), from where, in which system (if known), when. Never updated or
 * deleted by the app. A sign-in failure for an account nobody has has no system, so no tenant sees it.
 */
@Entity('security_events')
export class SecurityEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;

  @Column({ type: 'varchar' })
  kind!: SecurityEventKind;

  @Column({ name: 'system_id', type: 'uuid', nullable: true })
  systemId!: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** The client's address as Express sees it (`req.ip`, which honours TRUST_PROXY). */
  @Column({ type: 'varchar', nullable: true })
  address!: string | null;

  @Column({ type: 'jsonb' })
  detail!: SecurityEventDetail;
}
