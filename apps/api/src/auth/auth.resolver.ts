import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '../common/app-config';
import { CurrentCaller, Public, Roles } from '../common/access.decorators';
import { Caller, GqlContext, SESSION_COOKIE } from '../common/request-context';
import { RecordsSecurityEvent } from '../security-events/records-security-event.decorator';
import { AuthService } from './auth.service';
import { SignInInput } from './dto/sign-in.input';
import { ViewerModel } from './models/viewer.model';
import { SessionsService } from './sessions.service';

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in user; null when nobody is signed in.' })
  async viewer(@Context() { req }: GqlContext): Promise<ViewerModel | null> {
    return req.caller ? this.auth.viewerFor(req.caller) : null;
  }

  @Public()
  @Mutation(() => ViewerModel, { description: 'Signs in with a local account and sets the session cookie.' })
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: GqlContext): Promise<ViewerModel> {
    const { token, expiresAt, caller } = await this.auth.signIn(input.email, input.password, req.ip ?? 'unknown');
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
    return this.auth.viewerFor(caller);
  }

  @RecordsSecurityEvent('SIGN_OUT')
  @Mutation(() => Boolean, { description: 'Ends this session and clears its cookie.' })
  async signOut(@CurrentCaller() caller: Caller, @Context() { res }: GqlContext): Promise<boolean> {
    await this.sessions.end(caller.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure });
    return true;
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, {
    description: "Lets a place lead see the whole system's partner network, not only their own place's (or takes it back). Administrators only; returns the grant as it now stands.",
  })
  setSystemViewGrant(
    @CurrentCaller() caller: Caller,
    @Args('userId', { type: () => ID, description: "A place lead's user id." }) userId: string,
    @Args('granted') granted: boolean,
    @Context() { req }: GqlContext,
  ): Promise<boolean> {
    return this.auth.setSystemViewGrant(caller, userId, granted, req.ip ?? null);
  }
}
