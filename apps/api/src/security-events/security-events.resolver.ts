import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { SecurityEventConnection } from './models/security-event.model';
import { SecurityEventsService } from './security-events.service';

@Resolver()
export class SecurityEventsResolver {
  constructor(private readonly events: SecurityEventsService) {}

  @Roles('ADMIN')
  @Query(() => SecurityEventConnection, { description: "The caller's system's security events, newest first, a page at a time (administrators only)." })
  securityEvents(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SecurityEventConnection> {
    return this.events.list(caller.systemId, first, after);
  }
}
