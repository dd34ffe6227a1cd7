import { Field, ObjectType } from '@nestjs/graphql';
import { SurveyInvitationEntity } from '../survey-invitation.entity';
import { SurveyRoundEntity } from '../survey-round.entity';

@ObjectType('InvitationLink', { description: 'A survey link, shown only when issued: only a hash of its token is kept.' })
export class InvitationLinkModel {
  @Field(() => SurveyInvitationEntity)
  invitation!: SurveyInvitationEntity;

  @Field()
  url!: string;
}

@ObjectType('OpenedSurveyRound')
export class OpenedSurveyRoundModel {
  @Field(() => SurveyRoundEntity)
  round!: SurveyRoundEntity;

  @Field(() => [InvitationLinkModel])
  links!: InvitationLinkModel[];
}
