import { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from '../migration-sql';

const LOG_TABLES = ['decisions', 'decision_versions', 'decision_participants'];

/**
 * The decision log, append-only in PostgreSQL itself. A decision is an identity row plus numbered versions: version 1
 * is what was recorded, each later version is an amendment (who, when, why) carrying the whole decision as amended,
 * so the current view is the latest version and the original stays one query away. No row of these tables is ever
 * updated or deleted: a trigger refuses UPDATE, DELETE and TRUNCATE for every role, including the owner, and the
 * app's role lacks the privileges as well. Every key carries the system, as the register's do.
 */
export class DecisionLog1764900000000 implements MigrationInterface {
  name = 'DecisionLog1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table decisions (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        unique (system_id, id)
      )`);
    await db.query(`
      create table decision_versions (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        decision_id uuid not null,
        version int not null check (version >= 1),
        forum_id uuid not null,
        decided_on date not null,
        title varchar(200) not null check (btrim(title) <> ''),
        summary varchar(5000) not null,
        proposer_id uuid,
        outside_forum boolean not null,
        conflict_surfaced boolean not null,
        outcome varchar not null check (outcome in ('AGREED', 'DEFERRED', 'REJECTED')),
        reopens_id uuid check (reopens_id <> decision_id),
        practices varchar[] not null default '{}',
        evidence jsonb not null default '[]' check (jsonb_typeof(evidence) = 'array'),
        author_user_id uuid not null references users(id),
        created_at timestamptz not null default clock_timestamp(),
        reason varchar(1000),
        search tsvector generated always as (to_tsvector('english', title || ' ' || summary)) stored,
        check ((version = 1) = (reason is null)),
        unique (decision_id, version),
        unique (system_id, id),
        foreign key (system_id, decision_id) references decisions (system_id, id),
        foreign key (system_id, forum_id) references forums (system_id, id),
        foreign key (system_id, proposer_id) references organisations (system_id, id),
        foreign key (system_id, reopens_id) references decisions (system_id, id)
      )`);
    await db.query('create index decision_versions_search on decision_versions using gin (search)');
    await db.query('create index decision_versions_system_date on decision_versions (system_id, decided_on, decision_id)');
    await db.query(`
      create table decision_participants (
        version_id uuid not null,
        system_id uuid not null,
        organisation_id uuid not null,
        affected boolean not null,
        present boolean not null,
        consulted boolean not null,
        vote boolean not null,
        dissented boolean not null,
        deputy boolean not null,
        delegated_authority boolean not null,
        primary key (version_id, organisation_id),
        foreign key (system_id, version_id) references decision_versions (system_id, id),
        foreign key (system_id, organisation_id) references organisations (system_id, id)
      )`);
    await db.query('create index decision_participants_organisation on decision_participants (system_id, organisation_id)');

    await makeAppendOnly(db, 'decision_log_is_append_only', 'The decision log is append-only: % on % is not allowed; record an amendment instead', LOG_TABLES);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...LOG_TABLES].reverse()) await db.query(`drop table ${table}`);
    await db.query('drop function decision_log_is_append_only()');
  }
}
