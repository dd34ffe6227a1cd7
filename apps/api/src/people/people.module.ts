import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleLoaders } from './people.loaders';
import { PeopleResolver, PersonConnectionResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonEntity } from './person.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity]), OrganisationsModule, AuditModule],
  providers: [PeopleResolver, PersonConnectionResolver, PeopleService, PeopleLoaders],
  exports: [PeopleService, PeopleLoaders],
})
export class PeopleModule {}
