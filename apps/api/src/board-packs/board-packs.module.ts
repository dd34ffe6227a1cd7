import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlacesModule } from '../places/places.module';
import { SurveysModule } from '../surveys/surveys.module';
import { BoardPackEntity, BoardPackWorkerEntity } from './board-pack.entity';
import { BoardPackWorker } from './board-pack.worker';
import { BoardPacksController } from './board-packs.controller';
import { BoardPacksResolver } from './board-packs.resolver';
import { BoardPacksService } from './board-packs.service';

/**
 * The PDF board pack (see the board packs migration): owns board_packs and board_pack_workers. The API answers
 * requests, status and downloads; BoardPackWorker makes the packs, started only in the worker process (`--worker`).
 */
@Module({
  imports: [TypeOrmModule.forFeature([BoardPackEntity, BoardPackWorkerEntity]), AuthModule, PlacesModule, SurveysModule],
  controllers: [BoardPacksController],
  providers: [BoardPacksService, BoardPacksResolver, BoardPackWorker],
  exports: [BoardPackWorker],
})
export class BoardPacksModule {}
