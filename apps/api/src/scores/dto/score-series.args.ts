import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ScoreFilter } from './score-filter.input';

/** Which series a scores query returns: whose answers, how many months, ending when. */
@ArgsType()
export class ScoreSeriesArgs {
  @Field(() => ScoreFilter, { nullable: true })
  filter?: ScoreFilter | null;

  @Field(() => Int, { defaultValue: 24 })
  months!: number;

  @Field(() => String, { nullable: true, description: 'The last month of the series, as yyyy-mm; the latest opened month when omitted.' })
  toMonth?: string | null;
}
