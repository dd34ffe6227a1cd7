import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { ScoreSeriesArgs } from './dto/score-series.args';
import { RebaseSuggestionDismissalInput, ScoreRebaseInput } from './dto/score-rebase.input';
import { PracticeScoreSeriesModel, SummaryScoreSeriesModel } from './models/practice-score.model';
import { ScoreRebaseModel } from './models/score-rebase.model';
import { SystemsService } from '../systems/systems.service';
import { ScoresService } from './scores.service';

@Resolver()
export class ScoresResolver {
  constructor(
    private readonly scores: ScoresService,
    private readonly systems: SystemsService,
  ) {}

  @Query(() => [PracticeScoreSeriesModel], { description: 'The six practice scores by month, with suppression and XmR readings. Place leads see their own place.' })
  practiceScores(@CurrentCaller() caller: Caller, @Args() { filter, months, toMonth }: ScoreSeriesArgs): Promise<PracticeScoreSeriesModel[]> {
    return this.scores.practiceScores(caller, filter, months, toMonth);
  }

  @Query(() => [SummaryScoreSeriesModel], {
    description: 'Direction, alignment and commitment by month, with the same suppression and XmR readings as practiceScores. Place leads see their own place.',
  })
  summaryScores(@CurrentCaller() caller: Caller, @Args() { filter, months, toMonth }: ScoreSeriesArgs): Promise<SummaryScoreSeriesModel[]> {
    return this.scores.summaryScores(caller, filter, months, toMonth);
  }

  @Query(() => Int, { description: "The caller's system's minimum group size: smaller groups are suppressed." })
  minimumGroupSize(@CurrentCaller() caller: Caller): Promise<number> {
    return this.systems.minimumGroupSize(caller.systemId);
  }

  @Roles('ADMIN')
  @Mutation(() => Int, { description: 'Sets the smallest group whose scores are shown (3 to 50); smaller groups are suppressed everywhere.' })
  setMinimumGroupSize(@CurrentCaller() caller: Caller, @Args('size', { type: () => Int }) size: number): Promise<number> {
    return this.systems.setMinimumGroupSize(caller.systemId, size);
  }

  @Roles('ADMIN', 'LEADER')
  @Mutation(() => ScoreRebaseModel, { description: "Starts a new period, with its own mean and limits, on one practice's chart in one view, from a month it shows; the reason is kept with who set it." })
  setScoreRebase(@CurrentCaller() caller: Caller, @Args('input') input: ScoreRebaseInput): Promise<ScoreRebaseModel> {
    return this.scores.setRebase(caller, input);
  }

  @Roles('ADMIN', 'LEADER')
  @Mutation(() => ScoreRebaseModel, { description: 'Withdraws a rebase: the chart no longer splits there. The rebase is kept, with who withdrew it and when.' })
  withdrawScoreRebase(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ScoreRebaseModel> {
    return this.scores.withdrawRebase(caller, id);
  }

  @Roles('ADMIN', 'LEADER')
  @Mutation(() => Boolean, { description: "Stops suggesting a rebase of one practice's chart in one view from that month." })
  dismissRebaseSuggestion(@CurrentCaller() caller: Caller, @Args('input') input: RebaseSuggestionDismissalInput): Promise<boolean> {
    return this.scores.dismissRebaseSuggestion(caller, input);
  }
}
