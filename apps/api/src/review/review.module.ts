import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { NetworkModule } from '../network/network.module';
import { PlacesModule } from '../places/places.module';
import { PowerModule } from '../power/power.module';
import { ScoresModule } from '../scores/scores.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

/** The monthly review: owns no table; reads every section through the exported service of the area that owns it. */
@Module({
  imports: [SurveysModule, ScoresModule, PowerModule, NetworkModule, ClaimsModule, PlacesModule],
  providers: [ReviewResolver, ReviewService],
})
export class ReviewModule {}
