import { Module } from '@nestjs/common';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

@Module({ providers: [PlacesResolver, PlacesService], exports: [PlacesService] })
export class PlacesModule {}
