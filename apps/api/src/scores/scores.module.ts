import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SurveysModule } from '../surveys/surveys.module';
import { SystemsModule } from '../systems/systems.module';
import { ScoreRebaseDismissalEntity } from './score-rebase-dismissal.entity';
import { ScoreRebaseEntity } from './score-rebase.entity';
import { ScoresResolver } from './scores.resolver';
import { ScoresService } from './scores.service';

/** Figures from the survey's results; it owns the charts' rebases and dismissed rebase suggestions. */
@Module({
  imports: [SurveysModule, SystemsModule, TypeOrmModule.forFeature([ScoreRebaseEntity, ScoreRebaseDismissalEntity])],
  providers: [ScoresResolver, ScoresService],
  exports: [ScoresService],
})
export class ScoresModule {}
