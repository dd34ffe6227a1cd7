import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

@Module({ imports: [AuditModule], providers: [ImportsResolver, ImportsService] })
export class ImportsModule {}
