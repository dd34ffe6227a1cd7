import { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from '../migration-sql';

/** Every table of the claims area, in the order they are created. */
const CLAIM_TABLES = ['claims', 'claim_partners', 'claim_evidence', 'claim_verdicts', 'claim_documents'];
const DIRECTIONS = `'improved', 'declined', 'high', 'low', 'fair', 'unfair'`;
const VERDICTS = `'supported', 'partlySupported', 'contradicted', 'insufficient'`;
/** The document types the API accepts, by content: PDF and Office Open XML (Word, Excel, PowerPoint), at most 10 MB. */
const DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]
  .map((type) => `'${type}'`)
  .join(', ');

/**
 * Claims about collaboration (issue 13): what was claimed, where, by whom and about when; the evidence linked to it;
 * every reviewer's verdict; and the documents attached, stored in the database. All five tables are append-only in
 * PostgreSQL itself, as the decision log is: a trigger refuses UPDATE, DELETE and TRUNCATE for every role, the owner
 * included, and the app's role lacks the privileges as well. A later review adds a verdict and never replaces one;
 * a claim recorded wrongly is recorded again. Every key carries the system, and every table has the tenancy policy.
 */
export class Claims1765100000000 implements MigrationInterface {
  name = 'Claims1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table claims (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        text varchar(2000) not null check (btrim(text) <> ''),
        source_title varchar(200) not null check (btrim(source_title) <> ''),
        source_url varchar(2000),
        source_page varchar(20),
        made_by_id uuid not null,
        made_by_role varchar(200) not null check (btrim(made_by_role) <> ''),
        made_on date not null,
        period_from date not null,
        period_to date not null check (period_to >= period_from),
        practices varchar[] not null check (cardinality(practices) >= 1),
        direction varchar not null check (direction in (${DIRECTIONS})),
        place_id uuid,
        recorded_by uuid not null references users(id),
        recorded_at timestamptz not null default clock_timestamp(),
        unique (system_id, id),
        foreign key (system_id, made_by_id) references organisations (system_id, id),
        foreign key (system_id, place_id) references places (system_id, id)
      )`);
    await db.query('create index claims_system_made_on on claims (system_id, made_on desc, id desc)');
    await db.query(`
      create table claim_partners (
        claim_id uuid not null,
        system_id uuid not null,
        organisation_id uuid not null,
        primary key (claim_id, organisation_id),
        foreign key (system_id, claim_id) references claims (system_id, id),
        foreign key (system_id, organisation_id) references organisations (system_id, id)
      )`);
    // One row per link; the kind says which reference columns it fills (and the check that no other is filled).
    await db.query(`
      create table claim_evidence (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        claim_id uuid not null,
        kind varchar not null check (kind in ('DECISION', 'POWER_INDICATOR', 'PRACTICE_SCORE', 'NETWORK_MEASURE', 'DOCUMENT')),
        decision_id uuid,
        power_figure varchar(40),
        practice varchar(40),
        place_id uuid,
        organisation_id uuid,
        network_measure varchar(20),
        document_title varchar(200),
        document_url varchar(2000),
        note varchar(1000),
        linked_by uuid not null references users(id),
        linked_at timestamptz not null default clock_timestamp(),
        unique (system_id, id),
        foreign key (system_id, claim_id) references claims (system_id, id),
        foreign key (system_id, decision_id) references decisions (system_id, id),
        foreign key (system_id, place_id) references places (system_id, id),
        foreign key (system_id, organisation_id) references organisations (system_id, id),
        check (case kind
          when 'DECISION' then decision_id is not null and num_nonnulls(power_figure, practice, place_id, organisation_id, network_measure, document_title, document_url) = 0
          when 'POWER_INDICATOR' then power_figure is not null and num_nonnulls(decision_id, practice, organisation_id, network_measure, document_title, document_url) = 0
          when 'PRACTICE_SCORE' then practice is not null and num_nonnulls(decision_id, power_figure, organisation_id, network_measure, document_title, document_url) = 0
          when 'NETWORK_MEASURE' then network_measure is not null and num_nonnulls(decision_id, power_figure, practice, document_title, document_url) = 0
                                      and num_nonnulls(place_id, organisation_id) <= 1
          else document_title is not null and document_url is not null and num_nonnulls(decision_id, power_figure, practice, place_id, organisation_id, network_measure) = 0
        end)
      )`);
    // A piece of evidence is linked to a claim once.
    await db.query(`
      create unique index claim_evidence_once on claim_evidence (claim_id, kind, coalesce(decision_id::text, ''), coalesce(power_figure, ''), coalesce(practice, ''),
        coalesce(place_id::text, ''), coalesce(organisation_id::text, ''), coalesce(network_measure, ''), coalesce(document_url, ''))`);
    await db.query(`
      create table claim_verdicts (
        id uuid primary key default gen_random_uuid(),
        sequence bigint generated always as identity,
        system_id uuid not null,
        claim_id uuid not null,
        verdict varchar not null check (verdict in (${VERDICTS})),
        suggested_verdict varchar not null check (suggested_verdict in (${VERDICTS})),
        suggested_rule varchar(1000) not null,
        accepted boolean not null,
        reason varchar(2000),
        evidence_fingerprint char(64) not null,
        data_through date,
        reviewer_user_id uuid not null references users(id),
        reviewed_at timestamptz not null default clock_timestamp(),
        check (accepted or btrim(coalesce(reason, '')) <> ''),
        check (not accepted or verdict = suggested_verdict),
        unique (system_id, id),
        foreign key (system_id, claim_id) references claims (system_id, id)
      )`);
    await db.query('create index claim_verdicts_claim on claim_verdicts (system_id, claim_id, sequence)');
    await db.query(`
      create table claim_documents (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        claim_id uuid not null,
        file_name varchar(255) not null check (btrim(file_name) <> ''),
        media_type varchar(100) not null check (media_type in (${DOCUMENT_TYPES})),
        size_bytes int not null check (size_bytes between 1 and 10485760),
        sha256 char(64) not null,
        content bytea not null check (octet_length(content) = size_bytes),
        uploaded_by uuid not null references users(id),
        uploaded_at timestamptz not null default clock_timestamp(),
        unique (system_id, id),
        foreign key (system_id, claim_id) references claims (system_id, id)
      )`);
    await db.query('create index claim_documents_claim on claim_documents (system_id, claim_id, uploaded_at)');

    await makeAppendOnly(db, 'claims_are_append_only', 'Claims, their evidence, verdicts and documents are append-only: % on % is not allowed; add a row instead', CLAIM_TABLES);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...CLAIM_TABLES].reverse()) await db.query(`drop table ${table}`);
    await db.query('drop function claims_are_append_only()');
  }
}
