// Data access: set-based SQL (one `unnest` statement per table), inside the caller's transaction. The log is
// append-only, so this file only ever inserts.
import type { EntityManager } from 'typeorm';
import type { NormalisedDecision } from './decision-input.validation';

/** A version to add: version 1 of a new decision, or an amendment (with its reason) of an existing one. */
export interface DecisionVersionToWrite {
  decisionId: string;
  version: number;
  decision: NormalisedDecision;
  authorUserId: string;
  reason: string | null;
}

/** Writes the decision log: recording through the app, amendments, the import, the demo loader and the bench. */
export class DecisionWriter {
  constructor(
    private readonly tx: EntityManager,
    private readonly systemId: string,
  ) {}

  /** Records new decisions as version 1; returns their ids, in order. */
  async record(decisions: readonly NormalisedDecision[], authorUserId: string): Promise<string[]> {
    const ids = await this.newDecisions(decisions.length);
    await this.addVersions(decisions.map((decision, i) => ({ decisionId: ids[i], version: 1, decision, authorUserId, reason: null })));
    return ids;
  }

  /**
   * Ids for `count` new decisions, to give their versions: a log loaded whole (the demo, an import) needs the ids of
   * earlier decisions before it writes the later ones that reopen them.
   */
  async newDecisions(count: number): Promise<string[]> {
    if (!count) return [];
    const inserted: { id: string }[] = await this.tx.query(`insert into decisions (system_id) select $1 from generate_series(1, $2::int) as n order by n returning id`, [this.systemId, count]);
    return inserted.map((row) => row.id);
  }

  /** Adds versions to decisions; returns the new versions' ids, in order. */
  async addVersions(versions: readonly DecisionVersionToWrite[]): Promise<string[]> {
    if (!versions.length) return [];
    const column = <T>(value: (v: DecisionVersionToWrite) => T) => versions.map(value);
    const inserted: { id: string }[] = await this.tx.query(
      `insert into decision_versions (system_id, decision_id, version, forum_id, decided_on, title, summary, proposer_id, outside_forum,
                                      conflict_surfaced, outcome, reopens_id, practices, evidence, author_user_id, reason)
       select $1, d, v, f, dt, t, s, p, o, c, oc, r, string_to_array(pr, ',')::varchar[], e::jsonb, a, rs
         from unnest($2::uuid[], $3::int[], $4::uuid[], $5::date[], $6::text[], $7::text[], $8::uuid[], $9::boolean[], $10::boolean[],
                     $11::text[], $12::uuid[], $13::text[], $14::text[], $15::uuid[], $16::text[])
              with ordinality as x(d, v, f, dt, t, s, p, o, c, oc, r, pr, e, a, rs, n)
        order by n
       returning id`,
      [
        this.systemId,
        column((v) => v.decisionId),
        column((v) => v.version),
        column((v) => v.decision.forumId),
        column((v) => v.decision.date),
        column((v) => v.decision.title),
        column((v) => v.decision.summary),
        column((v) => v.decision.proposerId),
        column((v) => v.decision.outsideForum),
        column((v) => v.decision.conflictSurfaced),
        column((v) => v.decision.outcome),
        column((v) => v.decision.reopensId),
        // Practice keys are capitals and underscores: a comma never appears in one.
        column((v) => v.decision.practices.join(',')),
        column((v) => JSON.stringify(v.decision.evidence)),
        column((v) => v.authorUserId),
        column((v) => v.reason),
      ],
    );
    const ids = inserted.map((row) => row.id);
    await this.addParticipants(versions, ids);
    return ids;
  }

  private async addParticipants(versions: readonly DecisionVersionToWrite[], versionIds: string[]): Promise<void> {
    const rows = versions.flatMap((v, i) => v.decision.participants.map((p) => ({ ...p, versionId: versionIds[i] })));
    if (!rows.length) return;
    const column = <T>(value: (r: (typeof rows)[number]) => T) => rows.map(value);
    await this.tx.query(
      `insert into decision_participants (system_id, version_id, organisation_id, affected, present, consulted, vote, dissented, deputy, delegated_authority)
       select $1, * from unnest($2::uuid[], $3::uuid[], $4::boolean[], $5::boolean[], $6::boolean[], $7::boolean[], $8::boolean[], $9::boolean[], $10::boolean[])`,
      [
        this.systemId,
        column((r) => r.versionId),
        column((r) => r.organisationId),
        column((r) => r.affected),
        column((r) => r.present),
        column((r) => r.consulted),
        column((r) => r.vote),
        column((r) => r.dissented),
        column((r) => r.deputy),
        column((r) => r.delegatedAuthority),
      ],
    );
  }
}
