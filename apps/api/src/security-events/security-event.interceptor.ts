import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { concatMap, Observable } from 'rxjs';
import type { GqlContext } from '../common/request-context';
import { SECURITY_EVENT_KEY, SecurityEventSpec } from './records-security-event.decorator';
import { SecurityEventsService } from './security-events.service';

/**
 * Records the event of a @RecordsSecurityEvent operation once it has succeeded; a failed operation records nothing.
 * The operation has already committed by then, so a failure to record is logged (an operator's alarm) rather than
 * turned into an error for a change that was in fact made.
 */
@Injectable()
export class SecurityEventInterceptor implements NestInterceptor {
  private readonly logger = new Logger('SecurityEvents');

  constructor(
    private readonly reflector: Reflector,
    private readonly events: SecurityEventsService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<SecurityEventSpec | undefined>(SECURITY_EVENT_KEY, context.getHandler());
    if (!spec || context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const { req } = gql.getContext<GqlContext>();
    const args = gql.getArgs<Record<string, unknown>>();
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        try {
          await this.events.recordForRequest(req, spec.kind, spec.detail?.(args, result));
        } catch (error) {
          this.logger.error(`Could not record the ${spec.kind} security event`, error instanceof Error ? error.stack : String(error));
        }
        return result;
      }),
    );
  }
}
