import { Field, ID, InputType } from '@nestjs/graphql';
import type { PracticeKey } from '@stewardship/domain';
import type { Verdict } from '@stewardship/evidence';
import { PracticeEnum } from '../../surveys/models/survey-enums';
import { ClaimStatusEnum, VerdictEnum, type ClaimStatus } from '../models/claim-enums';

/** Narrows the claims list; every part optional, all parts together. */
@InputType()
export class ClaimFilter {
  @Field(() => ClaimStatusEnum, { nullable: true })
  status?: ClaimStatus | null;

  @Field(() => PracticeEnum, { nullable: true, description: 'Claims concerning this practice (among others).' })
  practice?: PracticeKey | null;

  @Field(() => ID, { nullable: true, description: 'Claims about this place.' })
  placeId?: string | null;

  @Field(() => VerdictEnum, { nullable: true, description: 'Claims whose latest reviewer’s verdict is this (claims awaiting review have none).' })
  verdict?: Verdict | null;

  @Field(() => VerdictEnum, { nullable: true, description: 'Claims whose suggested verdict, from the evidence as it stands, is this.' })
  suggestedVerdict?: Verdict | null;
}
