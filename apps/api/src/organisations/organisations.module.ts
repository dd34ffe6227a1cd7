import { Module } from '@nestjs/common';
import { PlacesModule } from '../places/places.module';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({ imports: [PlacesModule], providers: [OrganisationsResolver, OrganisationsService] })
export class OrganisationsModule {}
