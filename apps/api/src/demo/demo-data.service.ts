import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  demoPaperPdf,
  generateDemoClaims,
  generateDemoDecisions,
  generateDemoSurveyMonths,
  generateDemoSystem,
  type DemoClaimEvidence,
  type DemoScale,
  type DemoSystem,
} from '@stewardship/demo-data';
import { DataSource } from 'typeorm';
import type { ClaimEntity } from '../claims/claim.entity';
import { ClaimsService } from '../claims/claims.service';
import type { ClaimEvidenceInput } from '../claims/dto/claim-evidence.input';
import type { Caller } from '../common/request-context';
import { SystemEntity } from '../systems/system.entity';
import { reserveDemoDecisions, writeDemoDecisionVersions, writeDemoRegister, writeDemoSurveyMonth, type DemoIds as LoadedIds } from './demo-loader';

/** Loads the generated demo system into the database, once: a system of the same name means it is already there. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claims: ClaimsService,
  ) {}

  /**
   * The demo system in one transaction, then its claims through the claims area (their evidence summaries read the
   * committed log and survey through the areas that own them, so they come after the commit).
   */
  async loadOnce(options: { seed?: number; scale?: DemoScale } = {}): Promise<{ loaded: boolean; systemName: string }> {
    const demo = generateDemoSystem(options);
    const { loaded, systemName, ids } = await this.loadSystem(demo);
    if (ids) await this.loadClaims(demo, ids);
    return { loaded, systemName };
  }

  private async loadSystem(demo: DemoSystem): Promise<{ loaded: boolean; systemName: string; ids: DemoIds | null }> {
    return this.dataSource.transaction(async (tx) => {
      // Two replicas starting together must not both load it.
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', ['stewardship:demo-data']);
      const existing = await tx.getRepository(SystemEntity).createQueryBuilder('s').where('lower(s.name) = lower(:name)', { name: demo.system.name }).getOne();
      if (existing) return { loaded: false, systemName: existing.name, ids: null };

      const ids = await writeDemoRegister(tx, demo);
      const decisions = generateDemoDecisions(demo);
      for (const month of generateDemoSurveyMonths(demo, { decisions })) await writeDemoSurveyMonth(tx, demo, ids, month);
      const decisionIdByKey = await reserveDemoDecisions(tx, ids.systemId, decisions);
      await writeDemoDecisionVersions(tx, ids, decisions, decisionIdByKey);
      this.logger.log(
        `Loaded demo system ${demo.system.name}: ${demo.places.length} places, ${demo.organisations.length} partners, ${demo.forums.length} forums, ${demo.seats.length} seats, ${demo.people.length} people, ${demo.users.length} users, ${decisions.length} decisions`,
      );
      return { loaded: true, systemName: demo.system.name, ids: { ...ids, decisionIdByKey } };
    });
  }

  /**
   * The demo's dozen claims (libs/demo-data generateDemoClaims), recorded, evidenced, documented and reviewed by the
   * demo's leader and non-executive as they would through the app, so each verdict the story expects is computed
   * from the demo's own figures.
   */
  private async loadClaims(demo: DemoSystem, ids: DemoIds): Promise<void> {
    const decisions = generateDemoDecisions(demo);
    const callerAs = (role: 'LEADER' | 'NON_EXECUTIVE'): Caller => ({ sessionId: '', membershipId: '', userId: ids.userIdByRole.get(role) as string, systemId: ids.systemId, role, placeId: null, systemViewGranted: false });
    const placeId = (key: string | null) => (key ? (ids.placeIdByKey.get(key) as string) : null);
    for (const claim of generateDemoClaims(demo, decisions)) {
      const recorder = callerAs(claim.recordedBy);
      const { id } = await this.claims.record(recorder, {
        text: claim.text,
        sourceTitle: claim.sourceTitle,
        sourceUrl: claim.sourceUrl,
        sourcePage: claim.sourcePage,
        madeById: ids.organisationIdByKey.get(claim.madeByKey) as string,
        madeByRole: claim.madeByRole,
        madeOn: claim.madeOn,
        from: claim.from,
        to: claim.to,
        practices: claim.practices,
        direction: claim.direction,
        placeId: placeId(claim.placeKey),
        partnerIds: claim.partnerKeys.map((key) => ids.organisationIdByKey.get(key) as string),
      });
      const link = (evidence: DemoClaimEvidence) => this.claims.linkEvidence(recorder, { claimId: id, note: evidence.note, ...evidenceInput(evidence, placeId, ids.decisionIdByKey) });
      for (const evidence of claim.evidence) await link(evidence);
      if (claim.document) {
        const content = Buffer.from(demoPaperPdf(claim.sourceTitle, claim.document.lines), 'latin1').toString('base64');
        await this.claims.attachDocument(recorder, { claimId: id, fileName: claim.document.fileName, contentBase64: content });
      }
      for (const review of claim.reviews) {
        const reviewer = callerAs(review.role);
        if ('verdict' in review) {
          await this.claims.review(reviewer, id, review.verdict, false, review.reason);
        } else {
          const [{ summary }] = await this.claims.reviews(reviewer, [(await this.claims.get(ids.systemId, id)) as ClaimEntity]);
          await this.claims.review(reviewer, id, summary.suggestion.verdict, true, review.reason);
        }
      }
      for (const evidence of claim.evidenceAfterReview) await link(evidence);
    }
  }
}

/** The demo's ids, with its decisions' by key (claims cite decisions). */
type DemoIds = LoadedIds & { decisionIdByKey: Map<string, string> };

/** A demo claim's evidence as the claims area takes it. */
function evidenceInput(evidence: DemoClaimEvidence, placeId: (key: string | null) => string | null, decisionIdByKey: Map<string, string>): Omit<ClaimEvidenceInput, 'claimId'> {
  switch (evidence.kind) {
    case 'PRACTICE_SCORE':
      return { kind: evidence.kind, practice: evidence.practice, placeId: placeId(evidence.placeKey) };
    case 'POWER_INDICATOR':
      return { kind: evidence.kind, powerFigure: evidence.figure, placeId: placeId(evidence.placeKey) };
    case 'NETWORK_MEASURE':
      return { kind: evidence.kind, networkMeasure: evidence.measure, placeId: placeId(evidence.placeKey) };
    case 'DECISION':
      return { kind: evidence.kind, decisionId: decisionIdByKey.get(evidence.decisionKey) as string };
    default:
      return { kind: evidence.kind, documentTitle: evidence.title, documentUrl: evidence.url };
  }
}
