import { Module } from '@nestjs/common';
import { ForumsResolver, SeatsResolver } from './forums.resolver';
import { ForumsService } from './forums.service';

@Module({ providers: [ForumsResolver, SeatsResolver, ForumsService] })
export class ForumsModule {}
