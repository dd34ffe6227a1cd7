import { MigrationInterface, QueryRunner } from 'typeorm';

const FORUM_KINDS = ['ICB_BOARD', 'ICP', 'PLACE_BOARD', 'PROVIDER_COLLABORATIVE', 'PROGRAMME_BOARD'];
const ROLE_GROUPS = ['EXECUTIVE', 'CLINICAL', 'OPERATIONAL', 'VCSE', 'OTHER'];
const oneOf = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The rest of the register: archiving, external ids for import matching, forums, seats (with history), people,
 * and the audit trail of every register change.
 */
export class Register1764100000000 implements MigrationInterface {
  name = 'Register1764100000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['places', 'organisations']) {
      await db.query(`alter table ${table} add column external_id varchar(100), add column archived_at timestamptz`);
      await db.query(`create unique index ${table}_system_external_key on ${table} (system_id, external_id) where external_id is not null`);
    }
    await db.query(`create unique index places_system_ons_key on places (system_id, ons_code) where ons_code is not null`);

    await db.query(`
      create table forums (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id) on delete cascade,
        name varchar(200) not null check (btrim(name) <> ''),
        kind varchar not null check (kind in (${oneOf(FORUM_KINDS)})),
        place_id uuid,
        external_id varchar(100),
        archived_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (system_id, id),
        foreign key (system_id, place_id) references places (system_id, id)
      )`);
    await db.query(`create unique index forums_system_name_key on forums (system_id, lower(name))`);
    await db.query(`create unique index forums_system_external_key on forums (system_id, external_id) where external_id is not null`);

    await db.query(`
      create table seats (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        forum_id uuid not null,
        organisation_id uuid not null,
        voting boolean not null default true,
        chair boolean not null default false,
        from_date date not null,
        to_date date,
        created_at timestamptz not null default now(),
        foreign key (system_id, forum_id) references forums (system_id, id) on delete cascade,
        foreign key (system_id, organisation_id) references organisations (system_id, id),
        check (to_date is null or to_date >= from_date)
      )`);
    await db.query(`create unique index seats_forum_organisation_from_key on seats (forum_id, organisation_id, from_date)`);
    await db.query(`create index seats_organisation on seats (organisation_id)`);

    await db.query(`
      create table people (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        name varchar(200) not null check (btrim(name) <> ''),
        email varchar(254) not null check (email = lower(email)),
        organisation_id uuid not null,
        role_group varchar not null check (role_group in (${oneOf(ROLE_GROUPS)})),
        external_id varchar(100),
        archived_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (system_id, id),
        foreign key (system_id, organisation_id) references organisations (system_id, id)
      )`);
    await db.query(`create unique index people_system_email_key on people (system_id, email)`);
    await db.query(`create unique index people_system_external_key on people (system_id, external_id) where external_id is not null`);
    await db.query(`create index people_organisation on people (organisation_id)`);

    await db.query(`
      create table audit_events (
        id bigint generated always as identity primary key,
        system_id uuid not null references systems(id) on delete cascade,
        entity_type varchar not null,
        entity_id uuid not null,
        action varchar not null check (action in ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE')),
        actor_user_id uuid references users(id) on delete set null,
        via_import boolean not null default false,
        changes jsonb not null default '{}',
        at timestamptz not null default now()
      )`);
    await db.query(`create index audit_events_entity on audit_events (system_id, entity_type, entity_id, at desc)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'people', 'seats', 'forums']) await db.query(`drop table ${table}`);
    await db.query('drop index places_system_ons_key');
    for (const table of ['places', 'organisations']) await db.query(`alter table ${table} drop column external_id, drop column archived_at`);
  }
}
