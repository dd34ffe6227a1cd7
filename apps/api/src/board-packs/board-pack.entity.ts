import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PlaceMonthKey } from '../common/place-month-row';

/** A board pack asked for, and the queue's record of making it (see the board packs migration; worked with set-based SQL in board-packs.queries.ts). */
@Entity('board_packs')
export class BoardPackEntity extends PlaceMonthKey {
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'varchar', default: 'QUEUED' })
  status!: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Until when the worker that took it holds it; past it, another worker may take it again. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  requestedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  error!: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;
}

/** A worker process's heartbeat: whether packs can be made at all (a worker with Chromium seen lately). Written only by the worker, outside any request; the app's role may read it. */
@Entity('board_pack_workers')
export class BoardPackWorkerEntity {
  @PrimaryColumn({ name: 'worker_id', type: 'varchar', length: 100 })
  workerId!: string;

  @Column({ name: 'can_render', type: 'boolean' })
  canRender!: boolean;

  @Column({ name: 'seen_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  seenAt!: Date;
}
