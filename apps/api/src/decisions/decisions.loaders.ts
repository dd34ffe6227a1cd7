import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader } from '../common/request-loaders';
import type { GqlContext } from '../common/request-context';
import type { DecisionParticipantEntity } from './decision-participant.entity';
import { DecisionsService } from './decisions.service';

/** The participants of each decision version: a page of 50 decisions asks for them in one query. */
@Injectable()
export class DecisionsLoaders {
  constructor(private readonly decisions: DecisionsService) {}

  participantsOf(context: GqlContext): DataLoader<string, DecisionParticipantEntity[]> {
    return requestLoader(context, this, () =>
      new DataLoader<string, DecisionParticipantEntity[]>(async (versionIds) => {
        const rows = await this.decisions.participants(versionIds);
        return versionIds.map((id) => rows.filter((row) => row.versionId === id));
      }),
    );
  }
}
