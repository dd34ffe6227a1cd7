import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PRACTICE_KEYS } from '@stewardship/domain';
import {
  DEMO_PASSWORD,
  demoPaperPdf,
  generateDemoClaims,
  generateDemoDecisions,
  generateDemoSurvey,
  generateDemoSystem,
  type DemoClaimEvidence,
  type DemoScale,
  type DemoSurvey,
  type DemoSystem,
} from '@stewardship/demo-data';
import type { ClaimEntity } from '../claims/claim.entity';
import { ClaimsService } from '../claims/claims.service';
import type { ClaimEvidenceInput } from '../claims/dto/claim-evidence.input';
import type { Caller } from '../common/request-context';
import { DecisionWriter } from '../decisions/decision-writer';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/auth.service';
import { ResponseWriter } from '../surveys/response-writer';
import { MembershipEntity } from '../auth/membership.entity';
import { UserEntity } from '../auth/user.entity';
import { forumsWriter, seatsWriter } from '../forums/forums-writer';
import { linkOrganisationPlaces, organisationsWriter } from '../organisations/organisations-writer';
import { peopleWriter } from '../people/people-writer';
import { placesWriter } from '../places/places-writer';
import { SystemEntity } from '../systems/system.entity';

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
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.dataSource.transaction(async (tx) => {
      // Two replicas starting together must not both load it.
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', ['stewardship:demo-data']);
      const existing = await tx.getRepository(SystemEntity).createQueryBuilder('s').where('lower(s.name) = lower(:name)', { name: demo.system.name }).getOne();
      if (existing) return { loaded: false, systemName: existing.name, ids: null };

      const system = await tx.getRepository(SystemEntity).save({ ...demo.system });
      const placeIds = await placesWriter.insert(tx, system.id, demo.places.map((p) => ({ ...p, externalId: null })));
      const placeIdByKey = new Map(demo.places.map((p, i) => [p.key, placeIds[i]]));
      const organisationIds = await organisationsWriter.insert(tx, system.id, demo.organisations.map((o) => ({ ...o, externalId: null })));
      await linkOrganisationPlaces(tx, system.id, demo.organisations.map((o, i) => ({ id: organisationIds[i], placeIds: o.placeKeys.map((key) => placeIdByKey.get(key) as string) })));
      const organisationIdByKey = new Map(demo.organisations.map((o, i) => [o.key, organisationIds[i]]));
      const forumIds = await forumsWriter.insert(tx, system.id, demo.forums.map((f) => ({ ...f, placeId: f.placeKey ? (placeIdByKey.get(f.placeKey) as string) : null, externalId: null })));
      const forumIdByKey = new Map(demo.forums.map((f, i) => [f.key, forumIds[i]]));
      await seatsWriter.insert(
        tx,
        system.id,
        demo.seats.map((seat) => ({ ...seat, forumId: forumIdByKey.get(seat.forumKey) as string, organisationId: organisationIdByKey.get(seat.organisationKey) as string })),
      );
      await peopleWriter.insert(tx, system.id, demo.people.map((person) => ({ ...person, organisationId: organisationIdByKey.get(person.organisationKey) as string, externalId: null })));
      await this.loadSurvey(tx, demo, system.id, { organisationIdByKey, placeIdByKey });
      const userIdByRole = new Map<string, string>();
      for (const demoUser of demo.users) {
        const user = await tx.getRepository(UserEntity).findOneBy({ email: demoUser.email })
          ?? await tx.getRepository(UserEntity).save({ email: demoUser.email, displayName: demoUser.displayName, passwordHash });
        userIdByRole.set(demoUser.role, user.id);
        await tx.getRepository(MembershipEntity).insert({
          userId: user.id,
          systemId: system.id,
          role: demoUser.role,
          placeId: demoUser.placeKey ? (placeIdByKey.get(demoUser.placeKey) as string) : null,
        });
      }
      const decisionIdByKey = await this.loadDecisions(tx, demo, system.id, userIdByRole.get('LEADER') as string, { organisationIdByKey, forumIdByKey });
      this.logger.log(
        `Loaded demo system ${system.name}: ${placeIds.length} places, ${organisationIds.length} partners, ${forumIds.length} forums, ${demo.seats.length} seats, ${demo.people.length} people, ${demo.users.length} users, ${decisionIdByKey.size} decisions`,
      );
      return { loaded: true, systemName: system.name, ids: { systemId: system.id, userIdByRole, organisationIdByKey, placeIdByKey, decisionIdByKey } };
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

  /**
   * 24 closed monthly rounds of responses and relationship ratings, written a month at a time with unnest. Demo
   * responses, like real ones, carry organisation, sector, places and role group, and nothing naming the person.
   */
  private async loadSurvey(tx: EntityManager, demo: DemoSystem, systemId: string, ids: { organisationIdByKey: Map<string, string>; placeIdByKey: Map<string, string> }) {
    const survey = generateDemoSurvey(demo);
    const people = new Map(demo.people.map((p) => [p.key, p]));
    const organisations = new Map(demo.organisations.map((o) => [o.key, o]));
    const writer = new ResponseWriter(tx, systemId);
    for (const round of survey.rounds) {
      const roundId = await writer.insertRound(`${round.month}-01`, round.opensOn, round.closesOn);
      const ratingsByPerson = new Map<string, DemoSurvey['ratings']>();
      for (const rating of survey.ratings.filter((r) => r.month === round.month)) ratingsByPerson.set(rating.personKey, [...(ratingsByPerson.get(rating.personKey) ?? []), rating]);
      await writer.write(
        survey.responses
          .filter((r) => r.month === round.month)
          .map((response) => {
            const person = people.get(response.personKey)!;
            const organisation = organisations.get(person.organisationKey)!;
            return {
              roundId,
              month: `${round.month}-01`,
              organisationId: ids.organisationIdByKey.get(organisation.key)!,
              sector: organisation.sector,
              roleGroup: person.roleGroup,
              placeIds: organisation.placeKeys.map((k) => ids.placeIdByKey.get(k)!),
              direction: response.direction,
              alignment: response.alignment,
              commitment: response.commitment,
              practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score: response.scores[practice], comment: response.comments[practice] ?? null })),
              ratings: (ratingsByPerson.get(response.personKey) ?? []).map((r) => ({ ...r, organisationId: ids.organisationIdByKey.get(r.organisationKey)! })),
            };
          }),
      );
    }
  }

  /** Three years of the forums' decisions, recorded by the demo leader; a few carry one amendment. Returns their ids by key. */
  private async loadDecisions(tx: EntityManager, demo: DemoSystem, systemId: string, leaderId: string, ids: { organisationIdByKey: Map<string, string>; forumIdByKey: Map<string, string> }): Promise<Map<string, string>> {
    const decisions = generateDemoDecisions(demo);
    const writer = new DecisionWriter(tx, systemId);
    const decisionIds = await writer.newDecisions(decisions.length);
    const idByKey = new Map(decisions.map((d, i) => [d.key, decisionIds[i]]));
    const recorded = decisions.map((d) => ({
      forumId: ids.forumIdByKey.get(d.forumKey)!,
      date: d.date,
      title: d.title,
      summary: d.summary,
      proposerId: d.proposerKey ? ids.organisationIdByKey.get(d.proposerKey)! : null,
      outsideForum: d.outsideForum,
      conflictSurfaced: d.conflictSurfaced,
      outcome: d.outcome,
      reopensId: d.reopensKey ? idByKey.get(d.reopensKey)! : null,
      practices: d.practices,
      evidence: d.evidence,
      participants: d.participants.map(({ organisationKey, ...participation }) => ({ organisationId: ids.organisationIdByKey.get(organisationKey)!, ...participation })),
    }));
    await writer.addVersions(recorded.map((decision, i) => ({ decisionId: decisionIds[i], version: 1, decision, authorUserId: leaderId, reason: null })));
    await writer.addVersions(
      decisions.flatMap((d, i) => (d.amendment ? [{ decisionId: decisionIds[i], version: 2, decision: { ...recorded[i], outcome: d.amendment.outcome }, authorUserId: leaderId, reason: d.amendment.reason }] : [])),
    );
    return idByKey;
  }
}

/** The ids the demo's rows were given, by the keys the generators name them by. */
interface DemoIds {
  systemId: string;
  userIdByRole: Map<string, string>;
  organisationIdByKey: Map<string, string>;
  placeIdByKey: Map<string, string>;
  decisionIdByKey: Map<string, string>;
}

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
