import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '../common/access.decorators';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import type { AuditEntityType } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditEntityTypeEnum, AuditEventModel } from './models/audit-event.model';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEventModel], { description: "The changes made to one register row of the caller's system, newest first." })
  auditHistory(
    @CurrentCaller() caller: Caller,
    @Args('entityType', { type: () => AuditEntityTypeEnum }) entityType: AuditEntityType,
    @Args('entityId', { type: () => ID }) entityId: string,
  ): Promise<AuditEventModel[]> {
    return isUuid(entityId) ? this.audit.history(caller.systemId, entityType, entityId) : Promise.resolve([]);
  }
}
