import { Field, ID, InputType } from '@nestjs/graphql';
import type { PracticeKey } from '@stewardship/domain';
import type { ClaimDirection } from '@stewardship/evidence';
import { PracticeEnum } from '../../surveys/models/survey-enums';
import { ClaimDirectionEnum } from '../models/claim-enums';

@InputType({ description: 'A claim as made: what, where, by whom, when, about which period, practices and direction.' })
export class ClaimInput {
  @Field({ description: 'The claim, as written where it was made.' })
  text!: string;

  @Field({ description: 'The document it was made in.' })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: 'A web address of that document (https:// or http://).' })
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The page or pages it is on, as printed ("12", "12–14").' })
  sourcePage?: string | null;

  @Field(() => ID, { description: 'The organisation that made it.' })
  madeById!: string;

  @Field({ description: 'The role of whoever made it, e.g. "Chief executive".' })
  madeByRole!: string;

  @Field({ description: 'The day it was made (yyyy-mm-dd).' })
  madeOn!: string;

  @Field({ description: 'First day of the period it speaks of (yyyy-mm-dd). Start on the first of a month to include that month’s figures.' })
  from!: string;

  @Field({ description: 'Last day of the period it speaks of (yyyy-mm-dd); at most 30 months after the first.' })
  to!: string;

  @Field(() => [PracticeEnum], { description: 'The practices it concerns: at least one.' })
  practices!: PracticeKey[];

  @Field(() => ClaimDirectionEnum)
  direction!: ClaimDirection;

  @Field(() => ID, { nullable: true, description: 'The place it is about; empty for the whole system.' })
  placeId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Partners it names, if any.' })
  partnerIds!: string[];
}
