import { MigrationInterface, QueryRunner } from 'typeorm';

const PRACTICES = ['SAFE_ENVIRONMENT', 'HEALTHY_RELATIONSHIPS', 'SHARED_PURPOSE', 'SHARING_POWER', 'MANAGING_CONFLICT', 'SHARED_DECISIONS'];
const oneOf = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const score = (column: string, nullable = false) => `${column} smallint ${nullable ? '' : 'not null'} check (${column} between 1 and 5)`;

/**
 * Monthly pulse surveys. A response keeps the respondent's organisation, sector, places and role group as they were
 * when it was submitted, and nothing that names them: it has no link back to the invitation or the person.
 */
export class Surveys1764200000000 implements MigrationInterface {
  name = 'Surveys1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table survey_rounds (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id) on delete cascade,
        month date not null check (extract(day from month) = 1),
        opens_at timestamptz not null,
        closes_at timestamptz not null check (closes_at > opens_at),
        closed_at timestamptz,
        created_at timestamptz not null default now(),
        unique (system_id, month),
        unique (system_id, id)
      )`);

    await db.query(`
      create table survey_invitations (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        round_id uuid not null,
        person_id uuid not null,
        token_hash varchar not null unique,
        answers jsonb,
        saved_at timestamptz,
        submitted_at timestamptz,
        created_at timestamptz not null default now(),
        unique (round_id, person_id),
        foreign key (system_id, round_id) references survey_rounds (system_id, id) on delete cascade,
        foreign key (system_id, person_id) references people (system_id, id)
      )`);

    await db.query(`
      create table survey_responses (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        round_id uuid not null,
        month date not null,
        organisation_id uuid not null,
        sector varchar not null,
        role_group varchar not null,
        place_ids uuid[] not null default '{}',
        ${score('direction', true)},
        ${score('alignment', true)},
        ${score('commitment', true)},
        submitted_at timestamptz not null default now(),
        foreign key (system_id, round_id) references survey_rounds (system_id, id) on delete cascade,
        foreign key (system_id, organisation_id) references organisations (system_id, id)
      )`);
    await db.query(`create index survey_responses_system_month on survey_responses (system_id, month)`);

    await db.query(`
      create table practice_scores (
        response_id uuid not null references survey_responses(id) on delete cascade,
        practice varchar not null check (practice in (${oneOf(PRACTICES)})),
        ${score('score')},
        comment text,
        primary key (response_id, practice)
      )`);

    await db.query(`
      create table relationship_ratings (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null,
        response_id uuid not null references survey_responses(id) on delete cascade,
        month date not null,
        from_organisation_id uuid not null,
        to_organisation_id uuid not null,
        ${score('trust')},
        ${score('value')},
        contact_frequency varchar not null check (contact_frequency in ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'RARELY')),
        type varchar not null check (type in ('FORMAL_AGREEMENT', 'JOINT_PROGRAMME', 'INFORMAL')),
        note text,
        check (from_organisation_id <> to_organisation_id),
        foreign key (system_id, from_organisation_id) references organisations (system_id, id),
        foreign key (system_id, to_organisation_id) references organisations (system_id, id)
      )`);
    await db.query(`create index relationship_ratings_system_month on relationship_ratings (system_id, month)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['relationship_ratings', 'practice_scores', 'survey_responses', 'survey_invitations', 'survey_rounds']) await db.query(`drop table ${table}`);
  }
}
