import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { SignInLimiterService } from './sign-in-limiter.service';

@Module({
  providers: [AuthResolver, AuthService, SessionsService, SignInLimiterService],
  exports: [SessionsService],
})
export class AuthModule {}
