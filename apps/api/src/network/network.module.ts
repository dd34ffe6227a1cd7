import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionsModule } from '../decisions/decisions.module';
import { InputVersionsModule } from '../input-versions/input-versions.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlacesModule } from '../places/places.module';
import { SurveysModule } from '../surveys/surveys.module';
import { SystemsModule } from '../systems/systems.module';
import { NetworkLayoutEntity } from './network-layout.entity';
import { NetworkMetricsEntity } from './network-metrics.entity';
import { NetworkViewEntity } from './network-view.entity';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

/**
 * The partner network (figures, weak links, kept map positions), read from the ratings, the decision log and the
 * register through their areas; it owns the months it keeps.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NetworkLayoutEntity, NetworkMetricsEntity, NetworkViewEntity]), InputVersionsModule, SurveysModule, DecisionsModule, OrganisationsModule, PlacesModule, SystemsModule],
  providers: [NetworkResolver, NetworkService],
  exports: [NetworkService],
})
export class NetworkModule {}
