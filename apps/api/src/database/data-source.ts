import { DataSource, DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { MembershipEntity } from '../auth/membership.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../auth/user.entity';
import { ForumEntity } from '../forums/forum.entity';
import { SeatEntity } from '../forums/seat.entity';
import { OrganisationPlaceEntity } from '../organisations/organisation-place.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import { SystemEntity } from '../systems/system.entity';
import { Foundation1764000000000 } from './migrations/1764000000000-foundation';
import { Register1764100000000 } from './migrations/1764100000000-register';
import { Surveys1764200000000 } from './migrations/1764200000000-surveys';
import { ScoreCounts1764300000000 } from './migrations/1764300000000-score-counts';
import { RowLevelSecurity1764400000000 } from './migrations/1764400000000-row-level-security';
import { PracticeScoreCountEntity } from '../surveys/practice-score-count.entity';
import { PracticeScoreEntity } from '../surveys/practice-score.entity';
import { RelationshipRatingEntity } from '../surveys/relationship-rating.entity';
import { SurveyInvitationEntity } from '../surveys/survey-invitation.entity';
import { SurveyResponseEntity } from '../surveys/survey-response.entity';
import { SurveyRoundEntity } from '../surveys/survey-round.entity';

export const ENTITIES = [
  SystemEntity,
  PlaceEntity,
  OrganisationEntity,
  OrganisationPlaceEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  ForumEntity,
  SeatEntity,
  PersonEntity,
  AuditEventEntity,
  SurveyRoundEntity,
  SurveyInvitationEntity,
  SurveyResponseEntity,
  PracticeScoreEntity,
  RelationshipRatingEntity,
  PracticeScoreCountEntity,
];

/** Listed, not globbed: the API is bundled by webpack, where a glob of .ts files finds nothing. */
export const MIGRATIONS = [Foundation1764000000000, Register1764100000000, Surveys1764200000000, ScoreCounts1764300000000, RowLevelSecurity1764400000000];

/** The one set of connection options, for the app, the tests and the TypeORM CLI. Never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10) },
  };
}

/** Runs pending migrations under an advisory lock, so API replicas starting together migrate once. */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('select pg_advisory_lock(hashtext($1))', ['stewardship:migrations']);
    await dataSource.runMigrations();
  } finally {
    await lockRunner.query('select pg_advisory_unlock(hashtext($1))', ['stewardship:migrations']);
    await lockRunner.release();
  }
}

/** For the TypeORM CLI: `npx typeorm-ts-node-commonjs -d apps/api/src/database/data-source.ts migration:show`. */
export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/stewardship'));
