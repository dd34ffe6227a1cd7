import { Field, ID, InputType } from '@nestjs/graphql';
import type { ForumKind } from '@stewardship/domain';
import { ForumKindEnum } from '../../common/graphql-enums';

@InputType()
export class ForumInput {
  @Field()
  name!: string;

  @Field(() => ForumKindEnum)
  kind!: ForumKind;

  @Field(() => ID, { nullable: true, description: 'The place a place board or programme board serves, if any.' })
  placeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Your own id for the forum, used to match rows on import.' })
  externalId?: string | null;
}
