import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SystemEntity } from './system.entity';
import { SystemsService } from './systems.service';

@Module({ imports: [TypeOrmModule.forFeature([SystemEntity])], providers: [SystemsService], exports: [SystemsService] })
export class SystemsModule {}
