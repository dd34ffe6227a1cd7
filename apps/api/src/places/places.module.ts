import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PlaceEntity } from './place.entity';
import { PlacesLoaders } from './places.loaders';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

@Module({
  imports: [TypeOrmModule.forFeature([PlaceEntity]), AuditModule],
  providers: [PlacesResolver, PlacesService, PlacesLoaders],
  exports: [PlacesService, PlacesLoaders],
})
export class PlacesModule {}
