import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isoMonthProblem, surveyTokenProblem } from '@stewardship/domain';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { APP_CONFIG, AppConfig } from '../common/app-config';
import { asSystem, privileged } from '../database/tenancy';
import { FieldErrors, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { PeopleService } from '../people/people.service';
import type { OpenSurveyRoundInput } from './dto/open-survey-round.input';
import type { InvitationLinkModel, OpenedSurveyRoundModel } from './models/invitation-link.model';
import type { SurveyAnswersModel, SurveyFormModel } from './models/survey-form.model';
import { invitationsWriter } from './invitations-writer';
import { ResponseWriter } from './response-writer';
import { checkSurveyAnswers } from './survey-answers.validation';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { roundStatus, SurveyRoundEntity } from './survey-round.entity';
import { roundTallies, systemOfInvitation } from './surveys.queries';

const EMPTY_ANSWERS: SurveyAnswersModel = { practiceScores: [], relationships: [] };
const UNKNOWN_LINK = 'This survey link is not recognised. Check it was copied in full, or ask for a new one.';

/** A link that cannot be one we issued, refused before any look-up: a field error, since the token is an argument. */
function checkToken(token: string): void {
  const errors = new FieldErrors();
  errors.add('token', surveyTokenProblem(token));
  errors.throwIfAny();
}

/** A round's first day as the admin entered it, in UK time: "1 July 2026". */
const UK_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

function surveyError(code: 'SURVEY_CLOSED' | 'SURVEY_SUBMITTED' | 'SURVEY_NOT_OPEN', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: PeopleService,
    private readonly organisations: OrganisationsService,
  ) {}

  // --- rounds, for members of the system -------------------------------------------------------------------------

  async rounds(systemId: string, id?: string): Promise<SurveyRoundEntity[]> {
    if (id !== undefined && !isUuid(id)) return [];
    const rounds = await this.dataSource.getRepository(SurveyRoundEntity).find({ where: { systemId, ...(id ? { id } : {}) }, order: { month: 'DESC' } });
    if (!rounds.length) return rounds;
    const tallies = await roundTallies(this.dataSource.manager, systemId, rounds.map((r) => r.id));
    return rounds.map((round) => Object.assign(round, { invitationCount: tallies.get(round.id)?.invitations ?? 0, responseCount: tallies.get(round.id)?.responses ?? 0 }));
  }

  invitations(round: SurveyRoundEntity): Promise<SurveyInvitationEntity[]> {
    return this.dataSource.getRepository(SurveyInvitationEntity).find({ where: { roundId: round.id, systemId: round.systemId }, order: { createdAt: 'ASC' } });
  }

  async openRound(caller: Caller, input: OpenSurveyRoundInput): Promise<OpenedSurveyRoundModel> {
    return this.dataSource.transaction(async (tx) => {
      const errors = new FieldErrors();
      errors.add('month', isoMonthProblem(input.month));
      if (!(input.closesAt > input.opensAt)) errors.add('closesAt', 'The closing date must be after the opening date');
      const personIds = [...new Set(input.personIds)];
      if (!personIds.length) errors.add('personIds', 'Invite at least one person');
      const people = await this.people.currentAmong(caller.systemId, personIds, tx);
      if (personIds.length && people.length !== personIds.length) errors.add('personIds', 'Some of the people chosen are not current people in your register');
      if (!errors.has('month') && (await tx.getRepository(SurveyRoundEntity).existsBy({ systemId: caller.systemId, month: `${input.month}-01` }))) {
        errors.add('month', `There is already a survey round for ${input.month}. Choose a month that has no round yet.`);
      }
      errors.throwIfAny();
      const round = await tx.getRepository(SurveyRoundEntity).save(
        tx.getRepository(SurveyRoundEntity).create({ systemId: caller.systemId, month: `${input.month}-01`, opensAt: input.opensAt, closesAt: input.closesAt, closedAt: null }),
      );
      const tokens = people.map(() => newSessionToken());
      const ids = await invitationsWriter.insert(
        tx,
        caller.systemId,
        people.map((person, i) => ({ roundId: round.id, personId: person.id, tokenHash: this.hash(tokens[i]) })),
      );
      const invitations = new Map((await tx.getRepository(SurveyInvitationEntity).findBy({ roundId: round.id, systemId: caller.systemId })).map((invitation) => [invitation.id, invitation]));
      const links: InvitationLinkModel[] = ids.map((id, i) => ({ invitation: invitations.get(id) as SurveyInvitationEntity, url: this.surveyUrl(tokens[i]) }));
      return { round: Object.assign(round, { invitationCount: links.length, responseCount: 0 }), links };
    });
  }

  /** A new link for an invitation; the old one stops working. */
  async reissue(caller: Caller, invitationId: string): Promise<InvitationLinkModel> {
    const invitation = isUuid(invitationId) ? await this.dataSource.getRepository(SurveyInvitationEntity).findOneBy({ id: invitationId, systemId: caller.systemId }) : null;
    if (!invitation) throw notFound('There is no survey invitation with that id in your system');
    if (invitation.submittedAt) throw surveyError('SURVEY_SUBMITTED', 'This person has already submitted their answers');
    const token = newSessionToken();
    await this.dataSource.getRepository(SurveyInvitationEntity).update({ id: invitation.id }, { tokenHash: this.hash(token) });
    return { invitation, url: this.surveyUrl(token) };
  }

  /** Links start with the configured public address, never the request's Host header, which any client can set. */
  private surveyUrl(token: string): string {
    return `${this.config.publicUrl}/survey/${token}`;
  }

  async close(caller: Caller, roundId: string): Promise<SurveyRoundEntity> {
    const [round] = await this.rounds(caller.systemId, roundId);
    if (!round) throw notFound('There is no survey round with that id in your system');
    if (!round.closedAt) {
      round.closedAt = new Date();
      await this.dataSource.getRepository(SurveyRoundEntity).update({ id: round.id }, { closedAt: round.closedAt });
    }
    return round;
  }

  // --- the respondent, who has only their link --------------------------------------------------------------------

  form(token: string): Promise<SurveyFormModel> {
    return this.inSystemOfLink(token, () => this.formInSystem(token));
  }

  save(token: string, answers: SurveyAnswersModel): Promise<Date> {
    checkToken(token);
    return this.inSystemOfLink(token, () => this.saveInSystem(token, answers));
  }

  submit(token: string, answers: SurveyAnswersModel): Promise<boolean> {
    checkToken(token);
    return this.inSystemOfLink(token, () => this.submitInSystem(token, answers));
  }

  /** A link is the respondent's only key: find its system first, then do everything else within that system. */
  private async inSystemOfLink<T>(token: string, work: () => Promise<T>): Promise<T> {
    const systemId = token.length <= 100 ? await privileged(() => systemOfInvitation(this.dataSource.manager, this.hash(token))) : null;
    if (!systemId) throw notFound(UNKNOWN_LINK);
    return asSystem(systemId, work);
  }

  private async formInSystem(token: string): Promise<SurveyFormModel> {
    const { invitation, round, organisation } = await this.openInvitation(this.dataSource.manager, token);
    return {
      roundMonth: round.month.slice(0, 7),
      closesAt: round.closesAt,
      organisationName: organisation.name,
      partners: await this.organisations.currentPartnersOf(organisation),
      answers: invitation.answers ?? EMPTY_ANSWERS,
      savedAt: invitation.savedAt,
    };
  }

  private saveInSystem(token: string, answers: SurveyAnswersModel): Promise<Date> {
    return this.dataSource.transaction(async (tx) => {
      const { invitation, organisation } = await this.openInvitation(tx, token, true);
      await this.check(tx, answers, organisation, false);
      const savedAt = new Date();
      await tx.getRepository(SurveyInvitationEntity).update({ id: invitation.id }, { answers, savedAt });
      return savedAt;
    });
  }

  /**
   * Records the response without anything that names the respondent (no person or invitation id), marks the
   * invitation submitted and deletes the draft, all in one transaction under a lock on the invitation.
   */
  private submitInSystem(token: string, answers: SurveyAnswersModel): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const { invitation, round, organisation, person } = await this.openInvitation(tx, token, true);
      await this.check(tx, answers, organisation, true);
      const placeIds = await this.organisations.placeIdsOf(organisation.id, tx);
      await new ResponseWriter(tx, round.systemId).write([
        {
          roundId: round.id,
          month: round.month,
          organisationId: organisation.id,
          sector: organisation.sector,
          roleGroup: person.roleGroup,
          placeIds,
          direction: answers.direction,
          alignment: answers.alignment,
          commitment: answers.commitment,
          practiceScores: answers.practiceScores,
          ratings: answers.relationships,
        },
      ]);
      await tx.getRepository(SurveyInvitationEntity).update({ id: invitation.id }, { submittedAt: new Date(), answers: null, savedAt: null });
      return true;
    });
  }

  private hash(token: string): string {
    return hashSessionToken(token, this.config.sessionSecret);
  }

  /** The invitation behind a link, if the link is real, unused and its round is open now. */
  private async openInvitation(db: EntityManager, token: string, lock = false) {
    const invitation = surveyTokenProblem(token) === null
      ? await db.getRepository(SurveyInvitationEntity).findOne({ where: { tokenHash: this.hash(token) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!invitation) throw notFound(UNKNOWN_LINK);
    const round = await db.getRepository(SurveyRoundEntity).findOneByOrFail({ id: invitation.roundId, systemId: invitation.systemId });
    if (invitation.submittedAt) throw surveyError('SURVEY_SUBMITTED', 'You have already submitted your answers for this round. Thank you.');
    const status = roundStatus(round, new Date());
    if (status === 'CLOSED') throw surveyError('SURVEY_CLOSED', `The survey for ${round.month.slice(0, 7)} has closed, so answers can no longer be accepted.`);
    if (status === 'SCHEDULED') throw surveyError('SURVEY_NOT_OPEN', `The survey for ${round.month.slice(0, 7)} opens on ${UK_DAY.format(round.opensAt)}.`);
    const person = await this.people.get(invitation.systemId, invitation.personId, db);
    const organisation = person && (await this.organisations.get(invitation.systemId, person.organisationId, db));
    if (!person || !organisation) throw notFound(UNKNOWN_LINK);
    return { invitation, round, person, organisation };
  }

  private async check(db: EntityManager, answers: SurveyAnswersModel, own: OrganisationEntity, submitting: boolean): Promise<void> {
    const partnerIds = new Set((await this.organisations.currentPartnersOf(own, db)).map((p) => p.id));
    const errors = new FieldErrors();
    checkSurveyAnswers(answers, { ownOrganisationId: own.id, partnerIds, submitting }, errors);
    errors.throwIfAny();
  }
}
