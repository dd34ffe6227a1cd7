// Data access: the decision log is read with the query builder for filtered pages and with set-based SQL for
// whole-log reads (the power figures, the partner network's co-affected pairs). A decision's current version is its latest: the one no later version of the
// same decision follows. Every statement is narrowed to one system.
import type { DecisionOutcome, PracticeKey } from '@stewardship/domain';
import type { DecisionParticipant, PowerDecision } from '@stewardship/power';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { DecisionParticipantEntity } from './decision-participant.entity';
import { DecisionVersionEntity } from './decision-version.entity';

/** A filter after the service has checked it: ids are the caller's system's, a place is its forums. */
export interface DecisionQuery {
  forumIds?: string[];
  from?: string;
  to?: string;
  organisationId?: string;
  practice?: PracticeKey;
  outcome?: DecisionOutcome;
  reopens?: boolean;
  outsideForum?: boolean;
  search?: string;
}

const CURRENT = 'not exists (select 1 from decision_versions later where later.decision_id = v.decision_id and later.version > v.version)';

/** The current versions of the decisions the query selects. */
export function currentVersions(db: EntityManager, systemId: string, query: DecisionQuery): SelectQueryBuilder<DecisionVersionEntity> {
  const q = db.getRepository(DecisionVersionEntity).createQueryBuilder('v').where('v.system_id = :systemId', { systemId }).andWhere(CURRENT);
  if (query.forumIds) q.andWhere('v.forum_id = any(:forumIds)', { forumIds: query.forumIds });
  if (query.from) q.andWhere('v.decided_on >= :from', { from: query.from });
  if (query.to) q.andWhere('v.decided_on <= :to', { to: query.to });
  if (query.organisationId) {
    q.andWhere(
      '(v.proposer_id = :organisationId or exists (select 1 from decision_participants p where p.version_id = v.id and p.organisation_id = :organisationId))',
      { organisationId: query.organisationId },
    );
  }
  if (query.practice) q.andWhere(':practice = any(v.practices)', { practice: query.practice });
  if (query.outcome) q.andWhere('v.outcome = :outcome', { outcome: query.outcome });
  if (query.reopens !== undefined) q.andWhere(query.reopens ? 'v.reopens_id is not null' : 'v.reopens_id is null');
  if (query.outsideForum !== undefined) q.andWhere('v.outside_forum = :outsideForum', { outsideForum: query.outsideForum });
  // websearch_to_tsquery reads what people type into search boxes ("pooled budget" -carers) and never fails on syntax.
  if (query.search) q.andWhere(`v.search @@ websearch_to_tsquery('english', :search)`, { search: query.search });
  return q;
}

/** Every version of each decision, oldest first. */
export function versionsOf(db: EntityManager, systemId: string, decisionIds: readonly string[]): Promise<DecisionVersionEntity[]> {
  return db
    .getRepository(DecisionVersionEntity)
    .createQueryBuilder('v')
    .where('v.system_id = :systemId and v.decision_id = any(:decisionIds)', { systemId, decisionIds })
    .orderBy('v.decision_id')
    .addOrderBy('v.version')
    .getMany();
}

/** The participants of each version. */
export function participantsOf(db: EntityManager, versionIds: readonly string[]): Promise<DecisionParticipantEntity[]> {
  return db.getRepository(DecisionParticipantEntity).createQueryBuilder('p').where('p.version_id = any(:versionIds)', { versionIds }).getMany();
}

/** The display names of the users who wrote versions, by user id. */
export async function authorNames(db: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; name: string }[] = await db.query('select id, display_name as name from users where id = any($1)', [userIds]);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The current versions dated within [from, to] (yyyy-mm-dd, inclusive), of the given forums when `forumIds` is not null. */
const POWER_VERSIONS = `
  from decision_versions v
 where v.system_id = $1 and v.decided_on between $2::date and $3::date and ($4::uuid[] is null or v.forum_id = any($4::uuid[]))
   and ${CURRENT}`;

interface PowerVersionRow {
  versionId: string;
  id: string;
  forumId: string;
  date: string;
  proposerId: string | null;
  outsideForum: boolean;
  conflictSurfaced: boolean;
  reopensId: string | null;
}

type PowerParticipantRow = DecisionParticipant & { versionId: string };

/**
 * The log as libs/power reads it: each decision as it stands (its current version) dated within the period, with its
 * participants. Two set-based statements (versions, then participants of the same versions) rather than one per
 * decision or a JSON aggregate, so 50,000 decisions are two scans of the date index.
 */
export async function powerDecisions(db: EntityManager, systemId: string, forumIds: readonly string[] | null, from: string, to: string): Promise<PowerDecision[]> {
  const parameters = [systemId, from, to, forumIds];
  const [versions, participants]: [PowerVersionRow[], PowerParticipantRow[]] = await Promise.all([
    db.query(
      `select v.id as "versionId", v.decision_id as id, v.forum_id as "forumId", to_char(v.decided_on, 'YYYY-MM-DD') as date, v.proposer_id as "proposerId",
              v.outside_forum as "outsideForum", v.conflict_surfaced as "conflictSurfaced", v.reopens_id as "reopensId"
         ${POWER_VERSIONS}
        order by v.decided_on, v.decision_id`,
      parameters,
    ),
    db.query(
      `select p.version_id as "versionId", p.organisation_id as "organisationId", p.affected, p.present, p.consulted, p.vote, p.dissented, p.deputy,
              p.delegated_authority as "delegatedAuthority"
         from decision_participants p
        where p.system_id = $1 and p.version_id in (select v.id ${POWER_VERSIONS})`,
      parameters,
    ),
  ]);
  const byVersion = new Map<string, DecisionParticipant[]>();
  for (const { versionId, ...participant } of participants) {
    const list = byVersion.get(versionId);
    if (list) list.push(participant);
    else byVersion.set(versionId, [participant]);
  }
  return versions.map(({ versionId, proposerId, reopensId, ...decision }) => ({
    ...decision,
    ...(proposerId ? { proposerId } : {}),
    ...(reopensId ? { reopensId } : {}),
    participants: byVersion.get(versionId) ?? [],
  }));
}

/** Each decision's current forum, date and title: what a decisions import matches its rows against. */
export function currentDecisionKeys(db: EntityManager, systemId: string): Promise<{ id: string; forumId: string; date: string; title: string }[]> {
  return db.query(
    `select v.decision_id as id, v.forum_id as "forumId", to_char(v.decided_on, 'YYYY-MM-DD') as date, v.title
       from decision_versions v
      where v.system_id = $1 and ${CURRENT}`,
    [systemId],
  );
}

/**
 * Pairs of `organisationIds` affected by the same decisions (as they stand) dated within [from, to] (yyyy-mm-dd,
 * inclusive), with how many, where that is at least `minimum`: the partner network's "missing link" candidates. Each
 * pair once, a < b. One statement: the affected participants of the period, joined to themselves by decision.
 */
export function coAffectedPairs(db: EntityManager, systemId: string, organisationIds: readonly string[], from: string, to: string, minimum: number): Promise<{ a: string; b: string; decisions: number }[]> {
  return db.query(
    `with affected as (
       select v.decision_id, p.organisation_id
         from decision_versions v join decision_participants p on p.version_id = v.id
        where v.system_id = $1 and v.decided_on between $2::date and $3::date and ${CURRENT}
          and p.system_id = $1 and p.affected and p.organisation_id = any($4::uuid[])
     )
     select x.organisation_id as a, y.organisation_id as b, count(*)::int as decisions
       from affected x join affected y on y.decision_id = x.decision_id and x.organisation_id < y.organisation_id
      group by x.organisation_id, y.organisation_id
     having count(*) >= $5
      order by 1, 2`,
    [systemId, from, to, organisationIds, minimum],
  );
}
