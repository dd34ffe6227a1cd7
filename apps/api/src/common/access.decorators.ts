import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@stewardship/domain';
import type { Caller, GqlContext } from './request-context';

export const PUBLIC_KEY = 'stewardship:public';
export const ROLES_KEY = 'stewardship:roles';

/** Open to visitors who are not signed in (sign-in itself, the `viewer` query, the health check). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call it; everyone else gets FORBIDDEN. Without it, any signed-in member may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The signed-in caller (the guard has already refused anyone else). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  return GqlExecutionContext.create(context).getContext<GqlContext>().req.caller as Caller;
});
