import { Args, Context, GraphQLISODateTime, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public, Roles } from '../common/access.decorators';
import type { Caller, GqlContext } from '../common/request-context';
import { PeopleLoaders } from '../people/people.loaders';
import { PersonEntity } from '../people/person.entity';
import { RecordsSecurityEvent } from '../security-events/records-security-event.decorator';
import { OpenSurveyRoundInput } from './dto/open-survey-round.input';
import { InvitationLinkModel, OpenedSurveyRoundModel } from './models/invitation-link.model';
import { SurveyAnswersModel, SurveyFormModel } from './models/survey-form.model';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyRoundEntity } from './survey-round.entity';
import { SurveysService } from './surveys.service';

@Resolver(() => SurveyRoundEntity)
export class SurveyRoundsResolver {
  constructor(private readonly surveys: SurveysService) {}

  @Query(() => [SurveyRoundEntity], { description: "The system's survey rounds, newest first." })
  surveyRounds(@CurrentCaller() caller: Caller): Promise<SurveyRoundEntity[]> {
    return this.surveys.rounds(caller.systemId);
  }

  @Query(() => SurveyRoundEntity, { nullable: true })
  async surveyRound(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<SurveyRoundEntity | null> {
    return (await this.surveys.rounds(caller.systemId, id))[0] ?? null;
  }

  @Roles('ADMIN')
  @ResolveField(() => [SurveyInvitationEntity], { description: 'Who was invited and whether they have answered (administrators only).' })
  invitations(@Parent() round: SurveyRoundEntity): Promise<SurveyInvitationEntity[]> {
    return this.surveys.invitations(round);
  }

  @Roles('ADMIN')
  @RecordsSecurityEvent('SURVEY_ROUND_OPENED', (_, opened: OpenedSurveyRoundModel) => ({ roundId: opened.round.id, invitations: opened.links.length }))
  @Mutation(() => OpenedSurveyRoundModel, { description: 'Opens a round and issues each invited person a single-use link (shown only now).' })
  openSurveyRound(@CurrentCaller() caller: Caller, @Args('input') input: OpenSurveyRoundInput): Promise<OpenedSurveyRoundModel> {
    return this.surveys.openRound(caller, input);
  }

  @Roles('ADMIN')
  @RecordsSecurityEvent('SURVEY_LINK_REISSUED', ({ id }: { id: string }) => ({ invitationId: id }))
  @Mutation(() => InvitationLinkModel, { description: 'Issues a new link for an invitation; the old link stops working.' })
  reissueInvitation(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<InvitationLinkModel> {
    return this.surveys.reissue(caller, id);
  }

  @Roles('ADMIN')
  @Mutation(() => SurveyRoundEntity)
  closeSurveyRound(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<SurveyRoundEntity> {
    return this.surveys.close(caller, id);
  }
}

@Resolver(() => SurveyInvitationEntity)
export class SurveyInvitationsResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => PersonEntity)
  async person(@Parent() invitation: SurveyInvitationEntity, @Context() context: GqlContext): Promise<PersonEntity> {
    return this.people.byId(context).load(invitation.personId);
  }
}

/** The respondent's side: public, and the token is the only key. It reveals nothing beyond what the form needs. */
@Resolver(() => SurveyFormModel)
export class SurveyFormResolver {
  constructor(private readonly surveys: SurveysService) {}

  @Public()
  @Query(() => SurveyFormModel)
  surveyByToken(@Args('token') token: string): Promise<SurveyFormModel> {
    return this.surveys.form(token);
  }

  @Public()
  @Mutation(() => GraphQLISODateTime, { description: 'Saves answers so far; the respondent can come back with the same link.' })
  saveSurveyAnswers(@Args('token') token: string, @Args('answers') answers: SurveyAnswersModel): Promise<Date> {
    return this.surveys.save(token, answers);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Submits the response; the link then stops working.' })
  submitSurvey(@Args('token') token: string, @Args('answers') answers: SurveyAnswersModel): Promise<boolean> {
    return this.surveys.submit(token, answers);
  }
}
