import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { MembershipEntity } from '../auth/membership.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../auth/user.entity';
import { BoardPackEntity, BoardPackWorkerEntity } from '../board-packs/board-pack.entity';
import { ForumEntity } from '../forums/forum.entity';
import { SeatEntity } from '../forums/seat.entity';
import { InputVersionEntity } from '../input-versions/input-version.entity';
import { OrganisationPlaceEntity } from '../organisations/organisation-place.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import { SecurityEventEntity } from '../security-events/security-event.entity';
import { SystemEntity } from '../systems/system.entity';
import { Foundation1764000000000 } from './migrations/1764000000000-foundation';
import { Register1764100000000 } from './migrations/1764100000000-register';
import { Surveys1764200000000 } from './migrations/1764200000000-surveys';
import { ScoreCounts1764300000000 } from './migrations/1764300000000-score-counts';
import { RowLevelSecurity1764400000000 } from './migrations/1764400000000-row-level-security';
import { SecurityEvents1764560000000 } from './migrations/1764560000000-security-events';
import { ScoreCountRows1764700000000 } from './migrations/1764700000000-score-count-rows';
import { ScoreRebases1764800000000 } from './migrations/1764800000000-score-rebases';
import { ScoreRebaseDismissalEntity } from '../scores/score-rebase-dismissal.entity';
import { ScoreRebaseEntity } from '../scores/score-rebase.entity';
import { SummaryAnswerCounts1764810000000 } from './migrations/1764810000000-summary-answer-counts';
import { DecisionLog1764900000000 } from './migrations/1764900000000-decision-log';
import { ManualIndicators1764950000000 } from './migrations/1764950000000-manual-indicators';
import { Claims1765100000000 } from './migrations/1765100000000-claims';
import { ReviewSnapshots1765300000000 } from './migrations/1765300000000-review-snapshots';
import { NetworkMaps1765400000000 } from './migrations/1765400000000-network-maps';
import { ClaimSummaries1765500000000 } from './migrations/1765500000000-claim-summaries';
import { RoundedNetworkMaps1765600000000 } from './migrations/1765600000000-rounded-network-maps';
import { ClaimSummaryFingerprints1765700000000 } from './migrations/1765700000000-claim-summary-fingerprints';
import { ReviewSnapshotEntity } from '../review/review-snapshot.entity';
import { BoardPacks1765200000000 } from './migrations/1765200000000-board-packs';
import { ManualIndicatorEntity } from '../power/manual-indicator.entity';
import { ClaimDocumentEntity } from '../claims/claim-document.entity';
import { ClaimEvidenceEntity } from '../claims/claim-evidence.entity';
import { ClaimSummaryEntity } from '../claims/claim-summary.entity';
import { ClaimVerdictEntity } from '../claims/claim-verdict.entity';
import { ClaimEntity, ClaimPartnerEntity } from '../claims/claim.entity';
import { NetworkLayoutEntity } from '../network/network-layout.entity';
import { NetworkMetricsEntity } from '../network/network-metrics.entity';
import { NetworkViewEntity } from '../network/network-view.entity';
import { PartnerNetwork1765000000000 } from './migrations/1765000000000-partner-network';
import { DecisionEntity } from '../decisions/decision.entity';
import { DecisionParticipantEntity } from '../decisions/decision-participant.entity';
import { DecisionVersionEntity } from '../decisions/decision-version.entity';
import { PracticeScoreCountEntity } from '../surveys/practice-score-count.entity';
import { SummaryAnswerCountEntity } from '../surveys/summary-answer-count.entity';
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
  SummaryAnswerCountEntity,
  SecurityEventEntity,
  DecisionEntity,
  DecisionVersionEntity,
  DecisionParticipantEntity,
  ScoreRebaseEntity,
  ScoreRebaseDismissalEntity,
  ManualIndicatorEntity,
  ClaimEntity,
  ClaimPartnerEntity,
  ClaimEvidenceEntity,
  ClaimVerdictEntity,
  ClaimDocumentEntity,
  NetworkLayoutEntity,
  NetworkMetricsEntity,
  NetworkViewEntity,
  ReviewSnapshotEntity,
  InputVersionEntity,
  BoardPackEntity,
  BoardPackWorkerEntity,
  ClaimSummaryEntity,
];

/** Listed, not globbed: the API is bundled by webpack, where a glob of .ts files finds nothing. */
export const MIGRATIONS = [Foundation1764000000000, Register1764100000000, Surveys1764200000000, ScoreCounts1764300000000, RowLevelSecurity1764400000000, SecurityEvents1764560000000, ScoreCountRows1764700000000, ScoreRebases1764800000000, SummaryAnswerCounts1764810000000, DecisionLog1764900000000, ManualIndicators1764950000000, PartnerNetwork1765000000000, Claims1765100000000, BoardPacks1765200000000, ReviewSnapshots1765300000000, NetworkMaps1765400000000, ClaimSummaries1765500000000, RoundedNetworkMaps1765600000000, ClaimSummaryFingerprints1765700000000];

/**
 * How long the app waits on the database before it gives up and answers with an error, so that a database that is
 * down, unreachable or stuck makes requests fail quickly rather than hang:
 * - a connection (new, or a free one from a full pool) within 5 s;
 * - any one statement within 60 s (the slowest today, a 1,000-row batch of a 20,000-row import, takes well under 1 s);
 * - a transaction left idle by its client (a stuck or killed API process) is ended after 60 s, releasing its locks;
 * - TCP keepalive, so a database host that vanished without closing its connections is noticed.
 */
export const DATABASE_TIMEOUTS = {
  connectionTimeoutMillis: 5_000,
  statement_timeout: 60_000,
  idle_in_transaction_session_timeout: 60_000,
  keepAlive: true,
};

const poolLogger = new Logger('Database');

/**
 * A pg client that never crashes the process: when the server ends a connection (a restart, a failover,
 * `pg_terminate_backend`) pg emits 'error' on the client, and a client checked out of the pool but between queries
 * has no listener, so Node would throw it as an uncaught exception. Here it is logged; the broken client is not
 * queryable any more, so the pool discards it on release and opens a fresh one for the next request.
 */
class ResilientClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    this.on('error', (error) => poolLogger.warn(`A database connection ended: ${error.message}`));
  }
}

/** The one set of connection options, for the app, the tests and the TypeORM CLI. Never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10), Client: ResilientClient, ...DATABASE_TIMEOUTS },
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
