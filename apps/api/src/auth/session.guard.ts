import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@stewardship/domain';
import { PUBLIC_KEY, ROLES_KEY } from '../common/access.decorators';
import { forbidden, unauthenticated } from '../common/errors';
import type { GqlContext } from '../common/request-context';
import { SessionsService } from './sessions.service';

/**
 * Runs before every GraphQL operation: finds the caller from the session cookie, then refuses visitors who are not
 * signed in (UNAUTHENTICATED) and members whose role is not allowed (FORBIDDEN). Secure by default: an operation is
 * closed unless marked @Public().
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SessionsService) private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // REST routes: health is public, downloads check the session themselves
    const { req } = GqlExecutionContext.create(context).getContext<GqlContext>();
    const caller = await this.sessions.callerOfRequest(req);
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!caller) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(caller.role)) throw forbidden();
    return true;
  }
}
