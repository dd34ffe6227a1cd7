import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlacesModule } from '../places/places.module';
import { SecurityEventsModule } from '../security-events/security-events.module';
import { SystemsModule } from '../systems/systems.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { MembershipEntity } from './membership.entity';
import { SessionEntity } from './session.entity';
import { SessionGuard } from './session.guard';
import { SessionsService } from './sessions.service';
import { SignInLimiterService } from './sign-in-limiter.service';
import { UserEntity } from './user.entity';

/** Accounts, memberships and sessions; its guard runs before every GraphQL operation of every area. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, MembershipEntity, SessionEntity]), SystemsModule, PlacesModule, SecurityEventsModule],
  providers: [AuthResolver, AuthService, SessionsService, SignInLimiterService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, SessionsService],
})
export class AuthModule {}
