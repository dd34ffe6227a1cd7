import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind, PracticeKey, Sector } from '@stewardship/domain';
import { OrganisationKindEnum, SectorEnum } from '../../common/graphql-enums';
import { ContactFrequency, ContactFrequencyEnum, PracticeEnum, RelationshipType, RelationshipTypeEnum } from './survey-enums';

@ObjectType('SurveyPracticeAnswer')
@InputType('SurveyPracticeAnswerInput')
export class SurveyPracticeAnswerModel {
  @Field(() => PracticeEnum)
  practice!: PracticeKey;

  @Field(() => Int, { nullable: true })
  score?: number | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@ObjectType('SurveyRelationshipAnswer')
@InputType('SurveyRelationshipAnswerInput')
export class SurveyRelationshipAnswerModel {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Int, { nullable: true })
  trust?: number | null;

  @Field(() => Int, { nullable: true })
  value?: number | null;

  @Field(() => ContactFrequencyEnum, { nullable: true })
  contactFrequency?: ContactFrequency | null;

  @Field(() => RelationshipTypeEnum, { nullable: true })
  type?: RelationshipType | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('SurveyAnswers')
@InputType('SurveyAnswersInput')
export class SurveyAnswersModel {
  @Field(() => [SurveyPracticeAnswerModel])
  practiceScores!: SurveyPracticeAnswerModel[];

  @Field(() => Int, { nullable: true, description: 'Direction: do partners agree on what they are trying to achieve? 1–5.' })
  direction?: number | null;

  @Field(() => Int, { nullable: true, description: 'Alignment: is the work of partners coordinated? 1–5.' })
  alignment?: number | null;

  @Field(() => Int, { nullable: true, description: "Commitment: do partners put the system's success before their own? 1–5." })
  commitment?: number | null;

  @Field(() => [SurveyRelationshipAnswerModel])
  relationships!: SurveyRelationshipAnswerModel[];
}

@ObjectType('SurveyPartner')
export class SurveyPartnerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => SectorEnum)
  sector!: Sector;
}

@ObjectType('SurveyForm', { description: "What a respondent's link opens: the round, the partners they may rate, and their answers so far." })
export class SurveyFormModel {
  @Field({ description: 'yyyy-mm' })
  roundMonth!: string;

  @Field(() => GraphQLISODateTime)
  closesAt!: Date;

  @Field()
  organisationName!: string;

  @Field(() => [SurveyPartnerModel])
  partners!: SurveyPartnerModel[];

  @Field(() => SurveyAnswersModel)
  answers!: SurveyAnswersModel;

  @Field(() => GraphQLISODateTime, { nullable: true })
  savedAt!: Date | null;
}
