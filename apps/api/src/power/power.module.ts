import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { ForumsModule } from '../forums/forums.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlacesModule } from '../places/places.module';
import { ManualIndicatorEntity } from './manual-indicator.entity';
import { PowerResolver } from './power.resolver';
import { PowerService } from './power.service';

/** The power-sharing figures (read from the decision log, seats and partners through their areas) and the manual indicators, whose table it owns. */
@Module({
  imports: [TypeOrmModule.forFeature([ManualIndicatorEntity]), DecisionsModule, ForumsModule, OrganisationsModule, PlacesModule, AuthModule],
  providers: [PowerResolver, PowerService],
  exports: [PowerService],
})
export class PowerModule {}
