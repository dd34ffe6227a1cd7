import { Module } from '@nestjs/common';
import { ForumsResolver, OrganisationSeatsResolver, SeatsResolver } from './forums.resolver';
import { ForumsService } from './forums.service';

@Module({ providers: [ForumsResolver, SeatsResolver, OrganisationSeatsResolver, ForumsService] })
export class ForumsModule {}
