import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { BoardPacksService } from './board-packs.service';
import { MAX_ATTEMPTS, MAX_OPEN_PACKS } from './board-packs.queries';
import { BoardPackModel, BoardPackSupportModel } from './models/board-pack.model';

@Resolver()
export class BoardPacksResolver {
  constructor(private readonly packs: BoardPacksService) {}

  @Mutation(() => BoardPackModel, {
    description: `Asks for a PDF board pack of the monthly review: month yyyy-mm (a month whose survey round has opened); placeId a place, or the whole system when empty (a place lead: their own place). It is made by a worker and tried up to ${MAX_ATTEMPTS} times; follow it with boardPack(id). At most ${MAX_OPEN_PACKS} of a person's packs wait at once (TOO_MANY_REQUESTS).`,
  })
  requestBoardPack(
    @CurrentCaller() caller: Caller,
    @Args('month', { type: () => String }) month: string,
    @Args('placeId', { type: () => ID, nullable: true }) placeId: string | null,
  ): Promise<BoardPackModel> {
    return this.packs.request(caller, month, placeId);
  }

  @Query(() => BoardPackModel, { nullable: true, description: 'A board pack you asked for, with its progress; null for anyone else’s.' })
  boardPack(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<BoardPackModel | null> {
    return this.packs.pack(caller, id);
  }

  @Query(() => BoardPackSupportModel, { description: 'Whether the server can make board packs now; if not, print the review from the browser instead.' })
  boardPackSupport(): Promise<BoardPackSupportModel> {
    return this.packs.support();
  }
}
