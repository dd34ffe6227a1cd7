import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { ManualIndicatorInput } from './dto/manual-indicator.input';
import { ManualIndicatorEntity } from './manual-indicator.entity';
import { PowerIndicatorsModel, PowerSeriesModel } from './models/power.model';
import { PowerService } from './power.service';

const PLACE = { type: () => ID, nullable: true, description: 'A place of the system; the whole system when empty. A place lead sees their own place.' } as const;

@Resolver()
export class PowerResolver {
  constructor(private readonly power: PowerService) {}

  @Query(() => PowerIndicatorsModel, { description: 'The power-sharing figures over a period (both days inclusive, at most 60 months), for a place or the whole system. Place leads see their own place.' })
  powerIndicators(
    @CurrentCaller() caller: Caller,
    @Args('placeId', PLACE) placeId: string | null,
    @Args('from', { description: 'First day (yyyy-mm-dd).' }) from: string,
    @Args('to', { description: 'Last day (yyyy-mm-dd).' }) to: string,
  ): Promise<PowerIndicatorsModel> {
    return this.power.indicators(caller, placeId, from, to);
  }

  @Query(() => PowerSeriesModel, { description: 'Each power-sharing figure month by month (at most 60 months) with its XmR reading, and the "too cosy" warning. Place leads see their own place.' })
  powerSeries(
    @CurrentCaller() caller: Caller,
    @Args('placeId', PLACE) placeId: string | null,
    @Args('fromMonth', { description: 'First month (yyyy-mm).' }) fromMonth: string,
    @Args('toMonth', { description: 'Last month (yyyy-mm).' }) toMonth: string,
    @Args('cosyMonths', { type: () => Int, defaultValue: 6, description: 'The run of months with no dissent or no conflict surfaced that raises the warning.' }) cosyMonths: number,
  ): Promise<PowerSeriesModel> {
    return this.power.series(caller, placeId, fromMonth, toMonth, cosyMonths);
  }

  @Query(() => [ManualIndicatorEntity], { description: "Manual indicators, latest period first; with a place, that place's and the system-wide ones. Place leads see their own place's." })
  manualIndicators(@CurrentCaller() caller: Caller, @Args('placeId', PLACE) placeId: string | null): Promise<ManualIndicatorEntity[]> {
    return this.power.manualIndicators(caller, placeId);
  }

  @Roles('ADMIN', 'LEADER', 'PLACE_LEAD')
  @Mutation(() => ManualIndicatorEntity, { description: 'Enters a power-sharing measure by hand, with its evidence. Administrators and leaders for any place or the system; place leads for their own place.' })
  recordManualIndicator(@CurrentCaller() caller: Caller, @Args('input') input: ManualIndicatorInput): Promise<ManualIndicatorEntity> {
    return this.power.recordManualIndicator(caller, input);
  }
}
