import { Field, ObjectType } from '@nestjs/graphql';
import type { ForumKind } from '@stewardship/domain';
import { Column, Entity } from 'typeorm';
import { RegisterRow } from '../common/register-row';
import { ForumKindEnum } from '../common/graphql-enums';

@ObjectType('Forum', { description: 'A decision-making body: ICB board, ICP, place board, provider collaborative or programme board.' })
@Entity('forums')
export class ForumEntity extends RegisterRow {
  @Field()
  @Column()
  name!: string;

  @Field(() => ForumKindEnum)
  @Column({ type: 'varchar' })
  kind!: ForumKind;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;
}
