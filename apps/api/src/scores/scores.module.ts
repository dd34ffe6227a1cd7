import { Module } from '@nestjs/common';
import { ScoresResolver } from './scores.resolver';
import { ScoresService } from './scores.service';

@Module({ providers: [ScoresResolver, ScoresService], exports: [ScoresService] })
export class ScoresModule {}
