import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy';

/**
 * The partner network (issue 12). Map positions are computed once per month for each network (a place's, or the
 * whole system's when place_id is null) and kept, so a month looks the same every time and to every replica, and
 * replaying the months moves dots only as much as the ties changed. A kept month is never recomputed: a replica that
 * loses the race to write it reads the winner's (insert … on conflict do nothing). Under the same tenancy policy as
 * every system's table (see database/tenancy.ts).
 *
 * A place lead sees their own place's network only, unless an administrator grants their membership the system view.
 */
export class PartnerNetwork1765000000000 implements MigrationInterface {
  name = 'PartnerNetwork1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table network_layouts (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        place_id uuid,
        month date not null check (month = date_trunc('month', month)),
        positions jsonb not null check (jsonb_typeof(positions) = 'object'),
        computed_at timestamptz not null default clock_timestamp(),
        unique (system_id, id),
        unique nulls not distinct (system_id, place_id, month),
        foreign key (system_id, place_id) references places (system_id, id)
      )`);
    await db.query(`alter table network_layouts enable row level security`);
    const rule = 'system_id = app_system_id()';
    await db.query(`create policy network_layouts_tenant on network_layouts to ${APP_ROLE} using (${rule}) with check (${rule})`);

    await db.query(`alter table memberships add column system_view_granted boolean not null default false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('alter table memberships drop column system_view_granted');
    await db.query('drop table network_layouts');
  }
}
