import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy } from '../migration-sql';

/**
 * The partner network (issue 12). Map positions are computed once per month for each network (a place's, or the
 * whole system's when place_id is null) and kept, so a month looks the same every time and to every replica, and
 * replaying the months moves dots only as much as the ties changed. A kept month is never recomputed: a replica that
 * loses the race to write it reads the winner's (insert … on conflict do nothing). Under the same tenancy policy as
 * every system's table (see database/tenancy.ts).
 *
 * A month's figures (libs/network networkMetrics: betweenness alone is a second or so at 1,000 partners) are kept
 * too, with a digest of what they were computed from (the month's ratings, the network's partners, the figures'
 * version): a partner's position over two years reads 24 kept months instead of computing them, and a month whose
 * ratings or partners changed since is recomputed, not served stale. So is the network as served (network_views:
 * ties, weak links, change, mixing), with a digest of everything it was built from (the months of ratings it looks
 * back over, the partners, the decisions' co-affected pairs, the minimum group size): at 1,000 partners and 20,000
 * ties its weak links alone take seconds, and the month is asked for again and again. Kept as json, not jsonb: it is
 * only ever written and read whole, and converting several megabytes to jsonb took longer than building the view.
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
    await db.query(`
      create table network_metrics (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        place_id uuid,
        month date not null check (month = date_trunc('month', month)),
        digest varchar(64) not null,
        respondent_organisations int not null check (respondent_organisations >= 0),
        metrics jsonb not null check (jsonb_typeof(metrics) = 'object'),
        computed_at timestamptz not null default clock_timestamp(),
        unique (system_id, id),
        unique nulls not distinct (system_id, place_id, month),
        foreign key (system_id, place_id) references places (system_id, id)
      )`);
    await db.query(`
      create table network_views (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        place_id uuid,
        month date not null check (month = date_trunc('month', month)),
        digest varchar(64) not null,
        network json not null,
        computed_at timestamptz not null default clock_timestamp(),
        unique (system_id, id),
        unique nulls not distinct (system_id, place_id, month),
        foreign key (system_id, place_id) references places (system_id, id)
      )`);
    for (const table of ['network_layouts', 'network_metrics', 'network_views']) await enableTenancy(db, table);

    await db.query(`alter table memberships add column system_view_granted boolean not null default false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('alter table memberships drop column system_view_granted');
    await db.query('drop table network_views');
    await db.query('drop table network_metrics');
    await db.query('drop table network_layouts');
  }
}
