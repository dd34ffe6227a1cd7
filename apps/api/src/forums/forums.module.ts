import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlacesModule } from '../places/places.module';
import { ForumEntity } from './forum.entity';
import { ForumsLoaders } from './forums.loaders';
import { ForumsResolver, OrganisationSeatsResolver, SeatsResolver } from './forums.resolver';
import { ForumsService } from './forums.service';
import { SeatEntity } from './seat.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ForumEntity, SeatEntity]), PlacesModule, OrganisationsModule, AuditModule],
  providers: [ForumsResolver, SeatsResolver, OrganisationSeatsResolver, ForumsService, ForumsLoaders],
  exports: [ForumsService, ForumsLoaders],
})
export class ForumsModule {}
