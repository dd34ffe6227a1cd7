import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType('ScoreRebase', { description: "A new period on one chart of the practice scores, from a month, with its own mean and limits: who set it, when and why." })
export class ScoreRebaseModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The practice (or other measure) whose chart it splits, as its key.' })
  practice!: string;

  @Field({ description: 'The first month of the new period, yyyy-mm.' })
  month!: string;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Who set it; null when that user has since been removed.' })
  createdBy!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when it was withdrawn; withdrawn rebases are kept, not deleted.' })
  withdrawnAt!: Date | null;
}

export const ShiftDirectionEnum = { up: 'up', down: 'down' } as const;
registerEnumType(ShiftDirectionEnum, { name: 'ShiftDirection', description: 'Which side of the mean a sustained shift sits on.' });

@ObjectType('RebaseSuggestion', { description: 'A sustained shift that has held, so a rebase may be due (libs/spc rebaseSuggestion says when).' })
export class RebaseSuggestionModel {
  @Field({ description: 'Where the new period would start: the first month of the shift, yyyy-mm.' })
  from!: string;

  @Field(() => [String], { description: 'The months of the shift, yyyy-mm, in order.' })
  months!: string[];

  @Field(() => ShiftDirectionEnum)
  direction!: 'up' | 'down';

  @Field({ description: 'Which months, which mean, and why the shift counts as held.' })
  reason!: string;
}
