import { Field, ID, InputType } from '@nestjs/graphql';
import type { DecisionOutcome, PracticeKey } from '@stewardship/domain';
import { PracticeEnum } from '../../surveys/models/survey-enums';
import { DecisionOutcomeEnum } from '../models/decision-enums';

@InputType()
export class EvidenceLinkInput {
  @Field({ description: 'An http or https address.' })
  url!: string;

  @Field()
  title!: string;
}

@InputType()
export class DecisionParticipantInput {
  @Field(() => ID)
  organisationId!: string;

  @Field({ defaultValue: false })
  affected!: boolean;

  @Field({ defaultValue: false })
  present!: boolean;

  @Field({ defaultValue: false })
  consulted!: boolean;

  @Field({ defaultValue: false })
  vote!: boolean;

  @Field({ defaultValue: false })
  dissented!: boolean;

  @Field({ defaultValue: false })
  deputy!: boolean;

  @Field({ defaultValue: false })
  delegatedAuthority!: boolean;
}

@InputType({ description: 'A decision as recorded, or as an amendment says it should read: every field, not only the changed ones.' })
export class DecisionInput {
  @Field(() => ID)
  forumId!: string;

  @Field({ description: 'The day the decision was taken (yyyy-mm-dd).' })
  date!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation that proposed it, if one did.' })
  proposerId?: string | null;

  @Field({ defaultValue: false })
  outsideForum!: boolean;

  @Field({ defaultValue: false })
  conflictSurfaced!: boolean;

  @Field(() => DecisionOutcomeEnum)
  outcome!: DecisionOutcome;

  @Field(() => ID, { nullable: true, description: 'The earlier decision this one reopens.' })
  reopensId?: string | null;

  @Field(() => [PracticeEnum], { defaultValue: [] })
  practices!: PracticeKey[];

  @Field(() => [EvidenceLinkInput], { defaultValue: [] })
  evidence!: EvidenceLinkInput[];

  @Field(() => [DecisionParticipantInput], { defaultValue: [] })
  participants!: DecisionParticipantInput[];
}
