import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityEventInterceptor } from './security-event.interceptor';
import { SecurityEventEntity } from './security-event.entity';
import { SecurityEventsResolver } from './security-events.resolver';
import { SecurityEventsService } from './security-events.service';

/**
 * Security events: sign-ins, sign-outs, membership changes, exports and survey links issued. Operations declare
 * theirs with @RecordsSecurityEvent (recorded by the interceptor); sign-in, which has no caller yet, and membership
 * changes, which belong in their transaction, call SecurityEventsService.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SecurityEventEntity])],
  providers: [SecurityEventsService, SecurityEventsResolver, { provide: APP_INTERCEPTOR, useClass: SecurityEventInterceptor }],
  exports: [SecurityEventsService],
})
export class SecurityEventsModule {}
