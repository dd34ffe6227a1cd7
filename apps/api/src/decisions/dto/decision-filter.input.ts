import { Field, ID, InputType } from '@nestjs/graphql';
import type { DecisionOutcome, PracticeKey } from '@stewardship/domain';
import { PracticeEnum } from '../../surveys/models/survey-enums';
import { DecisionOutcomeEnum } from '../models/decision-enums';

/** Narrows the log; every part optional, all parts together. Decisions are matched as they stand (latest version). */
@InputType()
export class DecisionFilter {
  @Field(() => ID, { nullable: true })
  forumId?: string | null;

  @Field(() => ID, { nullable: true, description: "Decisions of the forums that serve this place." })
  placeId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day, yyyy-mm-dd, inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-mm-dd, inclusive.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Decisions this organisation proposed or took part in.' })
  organisationId?: string | null;

  @Field(() => PracticeEnum, { nullable: true })
  practice?: PracticeKey | null;

  @Field(() => DecisionOutcomeEnum, { nullable: true })
  outcome?: DecisionOutcome | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only decisions that reopen an earlier one; false: only those that do not.' })
  reopens?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  outsideForum?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words to find in the title or summary (English stemming: "pooled" finds "pooling").' })
  search?: string | null;
}
