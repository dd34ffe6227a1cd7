import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The audit trail. Areas that change register rows import it and record their changes through AuditService. */
@Module({ imports: [TypeOrmModule.forFeature([AuditEventEntity])], providers: [AuditService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
