import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PlacesModule } from '../places/places.module';
import { OrganisationPlaceEntity } from './organisation-place.entity';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsLoaders } from './organisations.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, OrganisationPlaceEntity]), PlacesModule, AuditModule],
  providers: [OrganisationsResolver, OrganisationsService, OrganisationsLoaders],
  exports: [OrganisationsService, OrganisationsLoaders],
})
export class OrganisationsModule {}
