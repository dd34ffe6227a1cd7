import { Field, InputType } from '@nestjs/graphql';
import { ScoreFilter } from './score-filter.input';

@InputType({ description: 'A rebase of one practice chart, for the view `filter` selects (place leads: their place).' })
export class ScoreRebaseInput {
  @Field({ description: 'The practice key (e.g. SHARED_PURPOSE) or summary question key (DIRECTION, ALIGNMENT, COMMITMENT).' })
  practice!: string;

  @Field({ description: 'The first month of the new period, yyyy-mm: a month shown on the chart.' })
  month!: string;

  @Field({ description: 'What changed and why the new level is expected to hold (1 to 500 characters).' })
  reason!: string;

  @Field(() => ScoreFilter, { nullable: true })
  filter?: ScoreFilter | null;
}

@InputType({ description: 'A suggested rebase to stop offering, for one practice chart and view.' })
export class RebaseSuggestionDismissalInput {
  @Field({ description: 'The practice key (e.g. SHARED_PURPOSE) or summary question key (DIRECTION, ALIGNMENT, COMMITMENT).' })
  practice!: string;

  @Field({ description: 'The suggested month, yyyy-mm.' })
  month!: string;

  @Field(() => ScoreFilter, { nullable: true })
  filter?: ScoreFilter | null;
}
