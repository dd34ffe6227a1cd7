import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'ICB', 'ACUTE_TRUST', 'COMMUNITY_TRUST', 'MENTAL_HEALTH_TRUST', 'AMBULANCE_TRUST', 'PRIMARY_CARE_NETWORK',
  'GP_FEDERATION', 'LOCAL_AUTHORITY', 'VCSE', 'HOSPICE', 'SOCIAL_CARE_PROVIDER', 'HEALTHWATCH', 'OTHER',
];
const SECTORS = ['NHS', 'LOCAL_GOVERNMENT', 'VCSE', 'INDEPENDENT'];
const ROLES = ['ADMIN', 'LEADER', 'PLACE_LEAD', 'NON_EXECUTIVE', 'VIEWER'];
const oneOf = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Systems (tenants), places, the partner register, users, memberships, sessions and the sign-in rate limit.
 * The value lists are copied, not imported: a migration must keep meaning what it meant when it ran.
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table systems (
        id uuid primary key default gen_random_uuid(),
        name varchar not null,
        ods_code varchar,
        region varchar,
        minimum_group_size int not null default 5 check (minimum_group_size >= 1),
        created_at timestamptz not null default now()
      )`);
    await db.query(`create unique index systems_name_key on systems (lower(name))`);

    await db.query(`
      create table places (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id) on delete cascade,
        name varchar not null,
        local_authority varchar,
        ons_code varchar,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (system_id, id)
      )`);
    await db.query(`create unique index places_system_name_key on places (system_id, lower(name))`);

    await db.query(`
      create table organisations (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id) on delete cascade,
        name varchar(200) not null check (btrim(name) <> ''),
        ods_code varchar(6) check (ods_code ~ '^[A-Z0-9]{3,6}$'),
        kind varchar not null check (kind in (${oneOf(KINDS)})),
        sector varchar not null check (sector in (${oneOf(SECTORS)})),
        weight double precision check (weight >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (system_id, id)
      )`);
    await db.query(`create unique index organisations_system_name_key on organisations (system_id, lower(name))`);
    await db.query(`create unique index organisations_system_ods_key on organisations (system_id, ods_code) where ods_code is not null`);
    await db.query(`create index organisations_system_kind on organisations (system_id, kind)`);

    await db.query(`
      create table organisation_places (
        organisation_id uuid not null,
        place_id uuid not null,
        system_id uuid not null,
        primary key (organisation_id, place_id),
        foreign key (system_id, organisation_id) references organisations (system_id, id) on delete cascade,
        foreign key (system_id, place_id) references places (system_id, id) on delete cascade
      )`);
    await db.query(`create index organisation_places_place on organisation_places (place_id)`);

    await db.query(`
      create table users (
        id uuid primary key default gen_random_uuid(),
        email varchar not null check (email = lower(email)),
        display_name varchar not null,
        password_hash varchar,
        created_at timestamptz not null default now()
      )`);
    await db.query(`create unique index users_email_key on users (email)`);

    await db.query(`
      create table memberships (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references users(id) on delete cascade,
        system_id uuid not null references systems(id) on delete cascade,
        role varchar not null check (role in (${oneOf(ROLES)})),
        place_id uuid,
        created_at timestamptz not null default now(),
        unique (user_id, system_id),
        foreign key (system_id, place_id) references places (system_id, id),
        check ((role = 'PLACE_LEAD') = (place_id is not null))
      )`);

    await db.query(`
      create table sessions (
        id uuid primary key default gen_random_uuid(),
        token_hash varchar not null unique,
        membership_id uuid not null references memberships(id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      )`);
    await db.query(`create index sessions_expires_at on sessions (expires_at)`);

    // The table rate-limiter-flexible's RateLimiterPostgres expects (created here, not by the library at run time).
    await db.query(`
      create table sign_in_limits (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['sign_in_limits', 'sessions', 'memberships', 'users', 'organisation_places', 'organisations', 'places', 'systems']) {
      await db.query(`drop table ${table}`);
    }
  }
}
