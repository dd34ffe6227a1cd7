import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ForumsModule } from '../forums/forums.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { DecisionEntity } from './decision.entity';
import { DecisionParticipantEntity } from './decision-participant.entity';
import { DecisionVersionEntity } from './decision-version.entity';
import { DecisionsLoaders } from './decisions.loaders';
import { DecisionParticipantsResolver, DecisionsResolver, DecisionVersionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';

/** The append-only decision log (see the decision-log migration): its tables are this module's alone. */
@Module({
  imports: [TypeOrmModule.forFeature([DecisionEntity, DecisionVersionEntity, DecisionParticipantEntity]), ForumsModule, OrganisationsModule],
  providers: [DecisionsService, DecisionsLoaders, DecisionsResolver, DecisionVersionsResolver, DecisionParticipantsResolver],
  exports: [DecisionsService],
})
export class DecisionsModule {}
