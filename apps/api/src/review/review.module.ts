import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { InputVersionsModule } from '../input-versions/input-versions.module';
import { NetworkModule } from '../network/network.module';
import { PlacesModule } from '../places/places.module';
import { PowerModule } from '../power/power.module';
import { ScoresModule } from '../scores/scores.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ReviewSnapshotEntity } from './review-snapshot.entity';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

/**
 * The monthly review: reads every section through the exported service of the area that owns it, and owns the
 * figures it keeps per month (review_snapshots), stamped with the version of their inputs (InputVersionsModule).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ReviewSnapshotEntity]), InputVersionsModule, SurveysModule, ScoresModule, PowerModule, NetworkModule, ClaimsModule, PlacesModule],
  providers: [ReviewResolver, ReviewService],
})
export class ReviewModule {}
