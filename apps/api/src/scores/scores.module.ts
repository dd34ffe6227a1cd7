import { Module } from '@nestjs/common';
import { SurveysModule } from '../surveys/surveys.module';
import { SystemsModule } from '../systems/systems.module';
import { ScoresResolver } from './scores.resolver';
import { ScoresService } from './scores.service';

/** Figures from the survey's results; it owns no tables. */
@Module({ imports: [SurveysModule, SystemsModule], providers: [ScoresResolver, ScoresService], exports: [ScoresService] })
export class ScoresModule {}
