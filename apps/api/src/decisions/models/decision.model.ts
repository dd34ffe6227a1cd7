import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { DecisionVersionEntity } from '../decision-version.entity';

@ObjectType('Decision', { description: 'A decision in the log: its current version (the original as amended) and its history.' })
export class DecisionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  recordedAt!: Date;

  @Field(() => DecisionVersionEntity, { description: 'The decision as it stands: the latest version.' })
  current!: DecisionVersionEntity;
}

@ObjectType('DecisionChange', { description: 'One field an amendment changed, before and after, as text a reader can compare.' })
export class DecisionChangeModel {
  @Field({ description: 'The field, as a form labels it.' })
  field!: string;

  @Field()
  before!: string;

  @Field()
  after!: string;
}

@ObjectType('DecisionConnection')
export class DecisionConnection extends Connection(DecisionModel, 'Decision') {}
