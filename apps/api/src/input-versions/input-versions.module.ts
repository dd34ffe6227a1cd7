import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InputVersionEntity } from './input-version.entity';
import { InputVersionsService } from './input-versions.service';

/** The counters of changes per system and month, which tell the review and the network whether what they kept still holds. */
@Module({
  imports: [TypeOrmModule.forFeature([InputVersionEntity])],
  providers: [InputVersionsService],
  exports: [InputVersionsService],
})
export class InputVersionsModule {}
