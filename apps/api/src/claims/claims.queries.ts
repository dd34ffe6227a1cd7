// Data access: the claims area's tables, every statement narrowed to one system. The claims' own tables are
// append-only, so a claim's latest verdict is the one with the highest sequence; claim_summaries is a cache of their
// evidence summaries, replaced as it goes stale.
import type { PracticeKey } from '@stewardship/domain';
import type { Verdict } from '@stewardship/evidence';
import type { EntityManager } from 'typeorm';
import { ClaimDocumentEntity } from './claim-document.entity';
import { ClaimEvidenceEntity } from './claim-evidence.entity';
import type { KeptClaimSummary } from './claim-summary';
import { ClaimVerdictEntity } from './claim-verdict.entity';
import { ClaimEntity, ClaimPartnerEntity } from './claim.entity';

/** A filter after the service has checked it; `reviewed` true for claims with a verdict, false for those without. */
export interface ClaimQuery {
  practice?: PracticeKey;
  placeId?: string;
  verdict?: Verdict;
  reviewed?: boolean;
}

const LATEST_VERDICT = '(select v.verdict from claim_verdicts v where v.system_id = c.system_id and v.claim_id = c.id order by v.sequence desc limit 1)';

/** The claims the query selects, latest made first. */
export function claimsMatching(db: EntityManager, systemId: string, query: ClaimQuery): Promise<ClaimEntity[]> {
  const q = db.getRepository(ClaimEntity).createQueryBuilder('c').where('c.system_id = :systemId', { systemId });
  if (query.practice) q.andWhere(':practice = any(c.practices)', { practice: query.practice });
  if (query.placeId) q.andWhere('c.place_id = :placeId', { placeId: query.placeId });
  if (query.verdict) q.andWhere(`${LATEST_VERDICT} = :verdict`, { verdict: query.verdict });
  if (query.reviewed !== undefined) q.andWhere(`${LATEST_VERDICT} is ${query.reviewed ? 'not ' : ''}null`);
  return q.orderBy('c.made_on', 'DESC').addOrderBy('c.id', 'DESC').getMany();
}

export function claimById(db: EntityManager, systemId: string, id: string): Promise<ClaimEntity | null> {
  return db.getRepository(ClaimEntity).findOneBy({ systemId, id });
}

/** The evidence linked to each claim, in the order linked. */
export function evidenceOfClaims(db: EntityManager, systemId: string, claimIds: readonly string[]): Promise<ClaimEvidenceEntity[]> {
  return db
    .getRepository(ClaimEvidenceEntity)
    .createQueryBuilder('e')
    .where('e.system_id = :systemId and e.claim_id = any(:claimIds)', { systemId, claimIds })
    .orderBy('e.linked_at')
    .addOrderBy('e.id')
    .getMany();
}

/** Every verdict on each claim, in the order given. */
export function verdictsOfClaims(db: EntityManager, systemId: string, claimIds: readonly string[]): Promise<ClaimVerdictEntity[]> {
  return db
    .getRepository(ClaimVerdictEntity)
    .createQueryBuilder('v')
    .where('v.system_id = :systemId and v.claim_id = any(:claimIds)', { systemId, claimIds })
    .orderBy('v.sequence')
    .getMany();
}

/** The partners each claim names. */
export function partnersOfClaims(db: EntityManager, systemId: string, claimIds: readonly string[]): Promise<ClaimPartnerEntity[]> {
  return db.getRepository(ClaimPartnerEntity).createQueryBuilder('p').where('p.system_id = :systemId and p.claim_id = any(:claimIds)', { systemId, claimIds }).getMany();
}

/** The documents attached to a claim, oldest first, without their content. */
export function documentsOfClaim(db: EntityManager, systemId: string, claimId: string): Promise<ClaimDocumentEntity[]> {
  return db.getRepository(ClaimDocumentEntity).find({ where: { systemId, claimId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
}

/** One document with its content, for a download. */
export function documentWithContent(db: EntityManager, systemId: string, id: string): Promise<ClaimDocumentEntity | null> {
  return db
    .getRepository(ClaimDocumentEntity)
    .createQueryBuilder('d')
    .addSelect('d.content')
    .where('d.system_id = :systemId and d.id = :id', { systemId, id })
    .getOne();
}

/** The kept summaries of these claims with their stamps, by claim. */
export async function keptSummaries(db: EntityManager, systemId: string, claimIds: readonly string[]): Promise<Map<string, { stamp: string; summary: KeptClaimSummary }>> {
  const rows: { claimId: string; stamp: string; summary: KeptClaimSummary }[] = await db.query(
    `select claim_id as "claimId", stamp, summary from claim_summaries where system_id = $1 and claim_id = any($2::uuid[])`,
    [systemId, claimIds],
  );
  return new Map(rows.map((row) => [row.claimId, row]));
}

/** The stamps and evidence fingerprints of these claims' kept summaries, by claim: a claim's status needs no more. */
export async function keptFingerprints(db: EntityManager, systemId: string, claimIds: readonly string[]): Promise<Map<string, { stamp: string; fingerprint: string }>> {
  const rows: { claimId: string; stamp: string; fingerprint: string }[] = await db.query(
    `select claim_id as "claimId", stamp, fingerprint from claim_summaries where system_id = $1 and claim_id = any($2::uuid[])`,
    [systemId, claimIds],
  );
  return new Map(rows.map((row) => [row.claimId, row]));
}

/** Keeps claims' summaries with their stamps (and their fingerprints beside), replacing those kept before. */
export async function keepSummaries(db: EntityManager, systemId: string, kept: readonly { claimId: string; stamp: string; summary: KeptClaimSummary }[]): Promise<void> {
  if (!kept.length) return;
  await db.query(
    `insert into claim_summaries (claim_id, system_id, stamp, fingerprint, summary)
     select x.claim_id, $1, x.stamp, x.fingerprint, x.summary from json_to_recordset($2::json) as x(claim_id uuid, stamp text, fingerprint text, summary json)
     on conflict (claim_id) do update set stamp = excluded.stamp, fingerprint = excluded.fingerprint, summary = excluded.summary, computed_at = clock_timestamp()`,
    [systemId, JSON.stringify(kept.map(({ claimId, stamp, summary }) => ({ claim_id: claimId, stamp, fingerprint: summary.fingerprint, summary })))],
  );
}
