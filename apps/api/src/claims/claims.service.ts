import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLAIM_DOCUMENT_MAX_BYTES, CLAIM_REVIEW_REASON_MAX_LENGTH, fileNameProblem, practiceByKey, textProblem, type PracticeKey } from '@stewardship/domain';
import { NETWORK_MEASURE_DEFINITIONS, PRACTICE_EVIDENCE, VERDICT_LABELS, type NetworkMeasure, type Verdict } from '@stewardship/evidence';
import { POWER_DEFINITIONS } from '@stewardship/power';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { FieldErrors, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { checkPageSize, decodeCursor, encodeCursor, toConnection } from '../common/pagination';
import type { Caller } from '../common/request-context';
import { transactionWithUniqueFields } from '../common/unique-violation';
import { DecisionsService } from '../decisions/decisions.service';
import { InputVersionsService } from '../input-versions/input-versions.service';
import { NetworkService } from '../network/network.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { PlacesService } from '../places/places.service';
import type { PowerFigure } from '../power/models/power.model';
import { PowerService } from '../power/power.service';
import { ScoresService } from '../scores/scores.service';
import { SurveyResultsService } from '../surveys/survey-results.service';
import { ClaimDocumentEntity } from './claim-document.entity';
import { ClaimEvidenceEntity } from './claim-evidence.entity';
import { ClaimEvidenceGatherer, type EvidenceRef } from './claim-evidence-gatherer';
import { normaliseClaimInput, normaliseEvidenceInput, type NormalisedClaim, type NormalisedEvidence } from './claim-input.validation';
import { CITED_NOT_WEIGHED, claimStatus, keptSummaryOf, summariseClaim, summaryDataMonth, summaryFromKept, summaryStamp, type ClaimSummary, type SummaryItem } from './claim-summary';
import { ClaimVerdictEntity } from './claim-verdict.entity';
import { ClaimEntity, ClaimPartnerEntity } from './claim.entity';
import { claimsCsv } from './claims-csv';
import { claimById, claimsMatching, documentsOfClaim, documentWithContent, evidenceOfClaims, keepSummaries, keptFingerprints, keptSummaries, partnersOfClaims, verdictsOfClaims, type ClaimQuery } from './claims.queries';
import { documentTypeOf, DOCUMENT_KINDS, nameMatchesKind } from './document-type';
import type { ClaimDocumentInput } from './dto/claim-document.input';
import type { ClaimEvidenceInput } from './dto/claim-evidence.input';
import type { ClaimFilter } from './dto/claim-filter.input';
import type { ClaimInput } from './dto/claim.input';
import type { ClaimStatus } from './models/claim-enums';
import type { ClaimConnection, ClaimEvidenceReadingModel, ProposedClaimEvidenceModel } from './models/claim.model';

/** A claim's summary with what its status is read from: the latest verdict. */
export interface ClaimReview {
  summary: ClaimSummary<ClaimEvidenceEntity>;
  latestVerdict: ClaimVerdictEntity | null;
  status: ClaimStatus;
}

/** Decisions proposed as evidence, per practice of the claim: the latest in its period. */
const PROPOSED_DECISIONS_PER_PRACTICE = 5;
/** The longest base64 text that can hold CLAIM_DOCUMENT_MAX_BYTES: 3 bytes in every 4 characters. */
const MAX_BASE64_LENGTH = Math.ceil(CLAIM_DOCUMENT_MAX_BYTES / 3) * 4;
const NOT_FOUND = 'There is no claim with that id in your system';
const DUPLICATE_EVIDENCE = { field: 'kind', message: 'This evidence is already linked to the claim' };

/** Where a document is downloaded from, signed in (see ClaimDocumentsController). */
export const claimDocumentPath = (id: string) => `/downloads/claim-documents/${id}`;

/**
 * Claims and the evidence for them: record claims, link evidence, gather each figure through the area that owns it
 * and let libs/evidence read it and suggest a verdict, keep every reviewer's verdict, attach documents. Everything
 * here is append-only. Roles: see canReadClaims, canRecordClaims and canReviewClaims in libs/domain.
 */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly places: PlacesService,
    private readonly decisions: DecisionsService,
    private readonly power: PowerService,
    private readonly scores: ScoresService,
    private readonly auth: AuthService,
    private readonly network: NetworkService,
    private readonly inputVersions: InputVersionsService,
    private readonly results: SurveyResultsService,
  ) {}

  async get(systemId: string, id: string): Promise<ClaimEntity | null> {
    return isUuid(id) ? claimById(this.dataSource.manager, systemId, id) : null;
  }

  /**
   * A page of claims, latest made first. Status and suggested verdict depend on the evidence as it stands, so with
   * those filters every claim the other filters select is summarised (and the summaries returned for the page's use).
   */
  async list(caller: Caller, filter: ClaimFilter | null | undefined, first: number, after: string | null | undefined): Promise<{ connection: ClaimConnection; reviews: Map<string, ClaimReview> }> {
    checkPageSize(first);
    const { claims, reviews } = await this.matching(caller, filter ?? {});
    let start = 0;
    if (after) {
      const [madeOn, id] = decodeCursor(after, ['text', 'id']) as [string, string];
      start = claims.findIndex((c) => c.madeOn < madeOn || (c.madeOn === madeOn && c.id < id));
      if (start < 0) start = claims.length;
    }
    const rows = claims.slice(start, start + first + 1);
    return { connection: toConnection(rows, first, claims.length, (c) => encodeCursor([c.madeOn, c.id]), (c) => c), reviews };
  }

  /** Every claim the filter selects, as CSV (claims-csv.ts), latest made first. */
  async exportCsv(caller: Caller, filter: ClaimFilter | null | undefined): Promise<string> {
    const { claims, reviews } = await this.matching(caller, filter ?? {}, true);
    const ids = claims.map((c) => c.id);
    const [partners, evidence] = await Promise.all([partnersOfClaims(this.dataSource.manager, caller.systemId, ids), evidenceOfClaims(this.dataSource.manager, caller.systemId, ids)]);
    const organisationIds = [...new Set([...claims.map((c) => c.madeById), ...partners.map((p) => p.organisationId)])];
    const reviewerIds = [...new Set([...reviews.values()].flatMap((r) => (r.latestVerdict ? [r.latestVerdict.reviewerUserId] : [])))];
    const [organisationNames, placeNames, reviewerNames] = await Promise.all([
      this.organisations.namesOf(caller.systemId, organisationIds),
      this.placeNames(caller.systemId, claims.map((c) => c.placeId)),
      this.auth.displayNames(reviewerIds),
    ]);
    return claimsCsv(
      claims.map((claim) => {
        const { summary, latestVerdict, status } = reviews.get(claim.id) as ClaimReview;
        return {
          ...claim,
          madeBy: organisationNames.get(claim.madeById) ?? 'Unknown organisation',
          place: claim.placeId ? (placeNames.get(claim.placeId) ?? 'Unknown place') : null,
          partners: partners.filter((p) => p.claimId === claim.id).map((p) => organisationNames.get(p.organisationId) ?? 'Unknown organisation').sort(),
          evidenceCount: evidence.filter((e) => e.claimId === claim.id).length,
          suggestedVerdict: summary.suggestion.verdict,
          rule: summary.suggestion.rule,
          status,
          latest: latestVerdict && { ...latestVerdict, reviewer: reviewerNames.get(latestVerdict.reviewerUserId) ?? 'Unknown user' },
        };
      }),
    );
  }

  /** Records a claim, with the partners it names. */
  async record(caller: Caller, input: ClaimInput): Promise<ClaimEntity> {
    const errors = new FieldErrors();
    const claim = normaliseClaimInput(input, errors);
    await this.checkClaimReferences(caller.systemId, claim, errors);
    errors.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      const { partnerIds, ...fields } = claim;
      const { id } = await tx.getRepository(ClaimEntity).save(tx.getRepository(ClaimEntity).create({ ...fields, systemId: caller.systemId, recordedBy: caller.userId }));
      if (partnerIds.length) await tx.getRepository(ClaimPartnerEntity).insert(partnerIds.map((organisationId) => ({ claimId: id, systemId: caller.systemId, organisationId })));
      return (await claimById(tx, caller.systemId, id)) as ClaimEntity;
    });
  }

  /** Links a piece of evidence of the caller's own system to a claim; returns the claim. */
  async linkEvidence(caller: Caller, input: ClaimEvidenceInput): Promise<ClaimEntity> {
    const errors = new FieldErrors();
    const evidence = normaliseEvidenceInput(input, errors);
    errors.throwIfAny();
    const claim = await this.requireClaim(caller.systemId, input.claimId);
    await this.checkEvidenceReferences(caller, evidence, errors);
    errors.throwIfAny();
    await transactionWithUniqueFields(this.dataSource, { claim_evidence_once: DUPLICATE_EVIDENCE }, (tx) =>
      tx.getRepository(ClaimEvidenceEntity).insert({ ...evidence, systemId: caller.systemId, claimId: claim.id, linkedBy: caller.userId }),
    );
    return claim;
  }

  /** Each claim's evidence summary, suggested verdict and status, reading each source once for all of them. */
  async reviews(caller: Caller, claims: readonly ClaimEntity[]): Promise<ClaimReview[]> {
    if (!claims.length) return [];
    const ids = claims.map((c) => c.id);
    const db = this.dataSource.manager;
    const [evidence, verdicts, kept] = await Promise.all([evidenceOfClaims(db, caller.systemId, ids), verdictsOfClaims(db, caller.systemId, ids), keptSummaries(db, caller.systemId, ids)]);
    const evidenceByClaim = groupByClaim(evidence);
    const evidenceOf = (claim: ClaimEntity) => evidenceByClaim.get(claim.id) ?? [];
    // Read before the figures are, so a summary worked out while data is written is stamped older and worked out again.
    const stamps = await this.summaryStamps(caller.systemId, claims, evidenceOf);

    const summaries = new Map<string, ClaimSummary<ClaimEvidenceEntity>>();
    for (const claim of claims) {
      const row = kept.get(claim.id);
      const summary = row && row.stamp === stamps.get(claim.id) ? summaryFromKept(row.summary, evidenceOf(claim)) : null;
      if (summary) summaries.set(claim.id, summary);
    }
    const stale = claims.filter((claim) => !summaries.has(claim.id));
    for (const [id, summary] of await this.workOutSummaries(caller, stale, evidenceOf, stamps)) summaries.set(id, summary);
    const verdictsByClaim = groupByClaim(verdicts);
    return claims.map((claim) => {
      const summary = summaries.get(claim.id) as ClaimSummary<ClaimEvidenceEntity>;
      const latestVerdict = verdictsByClaim.get(claim.id)?.at(-1) ?? null;
      return { summary, latestVerdict, status: claimStatus(latestVerdict, summary.fingerprint) };
    });
  }

  /**
   * Each claim's status (awaiting a verdict, reviewed, evidence changed since) without its whole summary: a reviewed
   * claim's from its kept summary's fingerprint while that summary's stamp holds, else from its summary worked out
   * again (and kept) as `reviews` does. The review and the claims list filtered by status need no more.
   */
  async statuses(caller: Caller, claims: readonly ClaimEntity[]): Promise<Map<string, ClaimStatus>> {
    const db = this.dataSource.manager;
    const ids = claims.map((c) => c.id);
    const [verdicts, evidence, kept] = await Promise.all([
      verdictsOfClaims(db, caller.systemId, ids).then(groupByClaim),
      evidenceOfClaims(db, caller.systemId, ids),
      keptFingerprints(db, caller.systemId, ids),
    ]);
    const latestVerdictOf = (claim: ClaimEntity) => verdicts.get(claim.id)?.at(-1) ?? null;
    const statuses = new Map<string, ClaimStatus>(claims.map((claim) => [claim.id, 'AWAITING']));
    // A claim without a verdict awaits one, whatever its evidence says.
    const reviewed = claims.filter((claim) => latestVerdictOf(claim));
    const evidenceByClaim = groupByClaim(evidence);
    const stamps = await this.summaryStamps(caller.systemId, reviewed, (claim) => evidenceByClaim.get(claim.id) ?? []);
    const stale: ClaimEntity[] = [];
    for (const claim of reviewed) {
      const row = kept.get(claim.id);
      if (row && row.stamp === stamps.get(claim.id)) statuses.set(claim.id, claimStatus(latestVerdictOf(claim), row.fingerprint));
      else stale.push(claim);
    }
    const workedOut = await this.workOutSummaries(caller, stale, (claim) => evidenceByClaim.get(claim.id) ?? [], stamps);
    for (const claim of stale) statuses.set(claim.id, claimStatus(latestVerdictOf(claim), (workedOut.get(claim.id) as ClaimSummary<ClaimEvidenceEntity>).fingerprint));
    return statuses;
  }

  /** The summaries of claims whose kept ones are stale, worked out from their evidence and kept with their `stamps`. */
  private async workOutSummaries(
    caller: Caller,
    stale: readonly ClaimEntity[],
    evidenceOf: (claim: ClaimEntity) => readonly ClaimEvidenceEntity[],
    stamps: Map<string, string>,
  ): Promise<Map<string, ClaimSummary<ClaimEvidenceEntity>>> {
    const summaries = new Map<string, ClaimSummary<ClaimEvidenceEntity>>();
    if (!stale.length) return summaries;
    const gatherer = this.gatherer(caller);
    await gatherer.prepare(stale.flatMap((claim) => evidenceOf(claim).map((e) => ({ ref: e, period: claim }))));
    await Promise.all(
      stale.map(async (claim) => {
        const items = await Promise.all(evidenceOf(claim).map(async (e) => ({ evidence: e, gathered: await gatherer.gather(e, claim) })));
        summaries.set(claim.id, summariseClaim(claim, items));
      }),
    );
    await keepSummaries(
      this.dataSource.manager,
      caller.systemId,
      stale.map((claim) => ({ claimId: claim.id, stamp: stamps.get(claim.id) as string, summary: keptSummaryOf(summaries.get(claim.id) as ClaimSummary<ClaimEvidenceEntity>) })),
    );
    return summaries;
  }

  /** What each claim's kept summary must be stamped with to be current (summaryStamp). */
  private async summaryStamps(systemId: string, claims: readonly ClaimEntity[], evidenceOf: (claim: ClaimEntity) => readonly ClaimEvidenceEntity[]): Promise<Map<string, string>> {
    const dataMonths = new Map(claims.map((claim) => [claim.id, summaryDataMonth(claim, evidenceOf(claim))]));
    const [versions, openedMonth] = await Promise.all([this.inputVersions.upToEach(systemId, [...dataMonths.values()]), this.results.latestOpenedMonth(systemId)]);
    return new Map(
      claims.map((claim) => [claim.id, summaryStamp(versions.get(dataMonths.get(claim.id) as string | null) as string, openedMonth, evidenceOf(claim).map((e) => e.id))]),
    );
  }

  /**
   * Figures, and decisions, that bear on the claim's practices, place and period and are not linked yet, each with
   * what it would say: the practices' scores; the power-sharing figures libs/evidence PRACTICE_EVIDENCE names for
   * them; the network measures it names (a network's for the claim's place, each named partner's); the latest decisions of the period on each practice.
   */
  async proposedEvidence(caller: Caller, claimId: string): Promise<ProposedClaimEvidenceModel[]> {
    const claim = await this.requireClaim(caller.systemId, claimId);
    const [linked, placeName, partners] = await Promise.all([
      evidenceOfClaims(this.dataSource.manager, caller.systemId, [claim.id]),
      this.placeNames(caller.systemId, [claim.placeId]).then((names) => (claim.placeId ? (names.get(claim.placeId) ?? 'the place') : null)),
      partnersOfClaims(this.dataSource.manager, caller.systemId, [claim.id]),
    ]);
    const where = placeName ? placeName : 'the whole system';
    const none = { decisionId: null, powerFigure: null, practice: null, placeId: null, organisationId: null, networkMeasure: null, documentUrl: null };
    const candidates: { ref: EvidenceRef; title: string; why: string }[] = [];
    for (const practice of claim.practices) {
      const name = practiceByKey(practice).name;
      candidates.push({ ref: { ...none, kind: 'PRACTICE_SCORE', practice, placeId: claim.placeId }, title: `${name} score, ${where}`, why: `The claim concerns ${name.toLowerCase()}: its score, as published, for ${where}.` });
      for (const figure of PRACTICE_EVIDENCE[practice].powerFigures) {
        candidates.push({ ref: { ...none, kind: 'POWER_INDICATOR', powerFigure: figure, placeId: claim.placeId }, title: `${POWER_DEFINITIONS[figure].name}, ${where}`, why: `From the decision log, it bears on ${name.toLowerCase()}.` });
      }
      for (const measure of PRACTICE_EVIDENCE[practice].networkMeasures) {
        const definition = NETWORK_MEASURE_DEFINITIONS[measure];
        if (definition.of === 'network') {
          candidates.push({ ref: { ...none, kind: 'NETWORK_MEASURE', networkMeasure: measure, placeId: claim.placeId }, title: `${definition.label} of the network, ${where}`, why: `From the partner network, it bears on ${name.toLowerCase()}.` });
        } else {
          const names = await this.organisations.namesOf(caller.systemId, partners.map((p) => p.organisationId));
          for (const { organisationId } of partners) {
            candidates.push({ ref: { ...none, kind: 'NETWORK_MEASURE', networkMeasure: measure, organisationId }, title: `${definition.label} of ${names.get(organisationId) ?? 'a partner'}`, why: `The claim names this partner; it bears on ${name.toLowerCase()}.` });
          }
        }
      }
    }
    const linkedKeys = new Set(linked.map(evidenceKey));
    const unlinked = candidates.filter((c, i) => !linkedKeys.has(evidenceKey(c.ref)) && candidates.findIndex((other) => evidenceKey(other.ref) === evidenceKey(c.ref)) === i);
    const gatherer = this.gatherer(caller);
    await gatherer.prepare(unlinked.map((c) => ({ ref: c.ref, period: claim })));
    const figures = await Promise.all(
      unlinked.map(async ({ ref, title, why }) => {
        const id = evidenceKey(ref);
        const [item] = summariseClaim(claim, [{ evidence: { id, kind: ref.kind }, gathered: await gatherer.gather(ref, claim) }]).items;
        return { ...ref, title, why, reading: readingModel(item) };
      }),
    );
    return [...figures, ...(await this.proposedDecisions(caller, claim, linkedKeys))];
  }

  /**
   * Gives a reviewer's verdict. Accepting takes the suggestion as it stands now (so `verdict` must be it); overriding
   * needs a reason. The verdict is kept with the suggestion, the evidence's fingerprint and who, when and why; the
   * verdicts before it stay as they were.
   */
  async review(caller: Caller, claimId: string, verdict: Verdict, accept: boolean, reason: string | null | undefined): Promise<ClaimEntity> {
    const errors = new FieldErrors();
    const why = reason?.trim() || null;
    if (why) errors.add('reason', textProblem(why, 'Reason', CLAIM_REVIEW_REASON_MAX_LENGTH));
    errors.throwIfAny();
    const claim = await this.requireClaim(caller.systemId, claimId);
    const [{ summary }] = await this.reviews(caller, [claim]);
    const suggested = summary.suggestion.verdict;
    if (accept && verdict !== suggested) errors.add('verdict', `The suggested verdict is now ${VERDICT_LABELS[suggested].toLowerCase()}: accept that, or override it with a reason`);
    if (!accept && !why) errors.add('reason', 'Give the reason for overriding the suggested verdict');
    errors.throwIfAny();
    await this.dataSource.getRepository(ClaimVerdictEntity).insert({
      systemId: caller.systemId,
      claimId: claim.id,
      verdict,
      suggestedVerdict: suggested,
      suggestedRule: summary.suggestion.rule,
      accepted: accept,
      reason: why,
      evidenceFingerprint: summary.fingerprint,
      dataThrough: summary.dataThrough,
      reviewerUserId: caller.userId,
    });
    return claim;
  }

  /** Attaches a PDF or Office document, checked by its content (document-type.ts), to a claim. */
  async attachDocument(caller: Caller, input: ClaimDocumentInput): Promise<ClaimDocumentEntity> {
    const errors = new FieldErrors();
    const fileName = input.fileName.trim();
    errors.add('fileName', fileNameProblem(input.fileName));
    const base64 = input.contentBase64.trim();
    let content: Buffer | null = null;
    if (base64.length > MAX_BASE64_LENGTH) errors.add('file', `The file is larger than ${CLAIM_DOCUMENT_MAX_BYTES / 1024 / 1024} MB; attach a smaller one`);
    else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) errors.add('file', 'The file did not arrive whole (its content is not base64); attach it again');
    else content = Buffer.from(base64, 'base64');
    if (content && (content.length === 0 || content.length > CLAIM_DOCUMENT_MAX_BYTES)) {
      errors.add('file', content.length ? `The file is larger than ${CLAIM_DOCUMENT_MAX_BYTES / 1024 / 1024} MB; attach a smaller one` : 'The file is empty');
    } else if (content) {
      const type = documentTypeOf(content);
      if (type.problem !== null) errors.add('file', type.problem);
      else if (!errors.has('fileName') && !nameMatchesKind(fileName, type.kind)) {
        const { label, extension } = DOCUMENT_KINDS[type.kind];
        errors.add('fileName', `The file is a ${label}, but its name does not end .${extension}: rename it`);
      }
    }
    errors.throwIfAny();
    const claim = await this.requireClaim(caller.systemId, input.claimId);
    const file = content as Buffer;
    const repository = this.dataSource.getRepository(ClaimDocumentEntity);
    const { id } = await repository.save(
      repository.create({
        systemId: caller.systemId,
        claimId: claim.id,
        fileName,
        mediaType: DOCUMENT_KINDS[documentTypeOf(file).kind as keyof typeof DOCUMENT_KINDS].mediaType,
        sizeBytes: file.length,
        sha256: createHash('sha256').update(file).digest('hex'),
        content: file,
        uploadedBy: caller.userId,
      }),
    );
    return repository.findOneByOrFail({ systemId: caller.systemId, id });
  }

  /** A document with its content, if it is the caller's system's. */
  documentForDownload(systemId: string, id: string): Promise<ClaimDocumentEntity | null> {
    return isUuid(id) ? documentWithContent(this.dataSource.manager, systemId, id) : Promise.resolve(null);
  }

  documents(systemId: string, claimId: string): Promise<ClaimDocumentEntity[]> {
    return documentsOfClaim(this.dataSource.manager, systemId, claimId);
  }

  evidence(systemId: string, claimId: string): Promise<ClaimEvidenceEntity[]> {
    return evidenceOfClaims(this.dataSource.manager, systemId, [claimId]);
  }

  verdicts(systemId: string, claimId: string): Promise<ClaimVerdictEntity[]> {
    return verdictsOfClaims(this.dataSource.manager, systemId, [claimId]);
  }

  async partnerIds(systemId: string, claimId: string): Promise<string[]> {
    return (await partnersOfClaims(this.dataSource.manager, systemId, [claimId])).map((p) => p.organisationId).sort();
  }

  async userName(userId: string): Promise<string | null> {
    return (await this.auth.displayNames([userId])).get(userId) ?? null;
  }

  /** What a piece of evidence is, in words: "Inclusion ratio, Brackenford", a decision's title, a document's. */
  async evidenceTitle(systemId: string, evidence: ClaimEvidenceEntity): Promise<string> {
    const where = evidence.placeId ? ((await this.placeNames(systemId, [evidence.placeId])).get(evidence.placeId) ?? 'a place') : 'the whole system';
    switch (evidence.kind) {
      case 'DECISION': {
        const decision = await this.decisions.get(systemId, evidence.decisionId as string);
        return decision ? `${decision.current.title} (${decision.current.date})` : 'A decision';
      }
      case 'POWER_INDICATOR':
        return `${POWER_DEFINITIONS[evidence.powerFigure as PowerFigure].name}, ${where}`;
      case 'PRACTICE_SCORE':
        return `${practiceByKey(evidence.practice as PracticeKey).name} score, ${where}`;
      case 'NETWORK_MEASURE': {
        const label = NETWORK_MEASURE_DEFINITIONS[evidence.networkMeasure as NetworkMeasure].label;
        if (!evidence.organisationId) return `${label} of the network, ${where}`;
        return `${label} of ${(await this.organisations.namesOf(systemId, [evidence.organisationId])).get(evidence.organisationId) ?? 'a partner'}`;
      }
      default:
        return evidence.documentTitle as string;
    }
  }

  private async matching(caller: Caller, filter: ClaimFilter, withReviews = false): Promise<{ claims: ClaimEntity[]; reviews: Map<string, ClaimReview> }> {
    const query: ClaimQuery = { practice: filter.practice ?? undefined, verdict: filter.verdict ?? undefined };
    if (filter.placeId) {
      // A place not of the caller's system selects nothing.
      if (!isUuid(filter.placeId)) return { claims: [], reviews: new Map() };
      query.placeId = filter.placeId;
    }
    if (filter.status) query.reviewed = filter.status !== 'AWAITING';
    const candidates = await claimsMatching(this.dataSource.manager, caller.systemId, query);
    const needsReviews = withReviews || !!filter.suggestedVerdict;
    const needsStatuses = filter.status !== undefined && filter.status !== null && filter.status !== 'AWAITING';
    if (!needsReviews && needsStatuses) {
      const statuses = await this.statuses(caller, candidates);
      return { claims: candidates.filter((c) => statuses.get(c.id) === filter.status), reviews: new Map() };
    }
    if (!needsReviews) return { claims: candidates, reviews: new Map() };
    const found = await this.reviews(caller, candidates);
    const reviews = new Map(candidates.map((c, i) => [c.id, found[i]]));
    const claims = candidates.filter((c) => {
      const review = reviews.get(c.id) as ClaimReview;
      return (!filter.status || review.status === filter.status) && (!filter.suggestedVerdict || review.summary.suggestion.verdict === filter.suggestedVerdict);
    });
    return { claims, reviews };
  }

  private async requireClaim(systemId: string, id: string): Promise<ClaimEntity> {
    const claim = await this.get(systemId, id);
    if (!claim) throw notFound(NOT_FOUND);
    return claim;
  }

  private gatherer(caller: Caller): ClaimEvidenceGatherer {
    return new ClaimEvidenceGatherer({ caller, power: this.power, scores: this.scores, decisions: this.decisions, network: this.network });
  }

  private async placeNames(systemId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of new Set(ids)) {
      const place = id ? await this.places.get(systemId, id) : null;
      if (place) names.set(place.id, place.name);
    }
    return names;
  }

  /** The organisation, place and partners must be the caller's system's. */
  private async checkClaimReferences(systemId: string, claim: NormalisedClaim, errors: FieldErrors): Promise<void> {
    const organisationIds = [claim.madeById, ...claim.partnerIds].filter(isUuid);
    const known = await this.organisations.namesOf(systemId, organisationIds);
    if (isUuid(claim.madeById) && !known.has(claim.madeById)) errors.add('madeById', 'The organisation is not one of your system');
    claim.partnerIds.forEach((id, i) => {
      if (isUuid(id) && !known.has(id)) errors.add(`partnerIds.${i}`, 'The partner is not one of your system');
    });
    if (claim.placeId && isUuid(claim.placeId) && !(await this.places.get(systemId, claim.placeId))) errors.add('placeId', 'The place is not one of your system');
  }

  /** Evidence must be the caller's system's own: its decision, place and partner; anything else is a field error. */
  private async checkEvidenceReferences(caller: Caller, evidence: NormalisedEvidence, errors: FieldErrors): Promise<void> {
    if (evidence.decisionId && !(await this.decisions.get(caller.systemId, evidence.decisionId))) errors.add('decisionId', 'The decision is not in your log');
    if (evidence.placeId && !(await this.places.get(caller.systemId, evidence.placeId))) errors.add('placeId', 'The place is not one of your system');
    if (evidence.organisationId && !(await this.organisations.namesOf(caller.systemId, [evidence.organisationId])).has(evidence.organisationId)) {
      errors.add('organisationId', 'The partner is not one of your system');
    }
  }

  private async proposedDecisions(caller: Caller, claim: ClaimEntity, linkedKeys: Set<string>): Promise<ProposedClaimEvidenceModel[]> {
    const proposed = new Map<string, ProposedClaimEvidenceModel>();
    for (const practice of claim.practices) {
      const page = await this.decisions.list(caller, { practice, placeId: claim.placeId, from: claim.from, to: claim.to }, PROPOSED_DECISIONS_PER_PRACTICE, null);
      for (const { node } of page.edges) {
        const ref: EvidenceRef = { kind: 'DECISION', decisionId: node.id, powerFigure: null, practice: null, placeId: null, organisationId: null, networkMeasure: null, documentUrl: null };
        if (linkedKeys.has(evidenceKey(ref)) || proposed.has(node.id)) continue;
        proposed.set(node.id, {
          ...ref,
          title: `${node.current.title} (${node.current.date})`,
          why: `A decision of the claim’s period${claim.placeId ? ' in its place' : ''} bearing on ${practiceByKey(practice as PracticeKey).name.toLowerCase()}.`,
          reading: readingModel(null),
        });
      }
    }
    return [...proposed.values()];
  }
}

/** The key under which a piece of evidence is linked once (the claim_evidence_once index's columns). */
function evidenceKey(ref: EvidenceRef): string {
  return [ref.kind, ref.decisionId, ref.powerFigure, ref.practice, ref.placeId, ref.organisationId, ref.networkMeasure, ref.documentUrl].map((part) => part ?? '').join('|');
}

/** A summary item as the API shows it; null for cited evidence that was never read. */
export function readingModel(item: SummaryItem<unknown> | null): ClaimEvidenceReadingModel {
  const reading = item?.reading ?? null;
  return {
    weighed: item?.weighed ?? false,
    agrees: reading?.agrees ?? null,
    signal: reading?.signal ?? false,
    reason: item?.reason ?? CITED_NOT_WEIGHED,
    pointsBefore: reading?.pointsBefore ?? 0,
    pointsDuring: reading?.pointsDuring ?? 0,
    suppressedPoints: item?.suppressedPoints ?? 0,
    meanBefore: reading?.meanBefore ?? null,
    meanDuring: reading?.meanDuring ?? null,
    lowerLimit: reading?.lowerLimit ?? null,
    upperLimit: reading?.upperLimit ?? null,
    expected: reading?.expected ?? null,
    movement: reading?.movement ?? null,
    signalDates: reading?.signalDates ?? [],
    rules: reading?.rules ?? [],
    points: item?.points ?? [],
  };
}

/** Rows by the claim they belong to, in their order. */
function groupByClaim<T extends { claimId: string }>(rows: readonly T[]): Map<string, T[]> {
  const byClaim = new Map<string, T[]>();
  for (const row of rows) {
    const same = byClaim.get(row.claimId);
    if (same) same.push(row);
    else byClaim.set(row.claimId, [row]);
  }
  return byClaim;
}
