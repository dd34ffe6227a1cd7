import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { RegisterRow } from '../common/register-row';

@ObjectType('Place', { description: 'A place-based partnership inside the system.' })
@Entity('places')
export class PlaceEntity extends RegisterRow {
  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'local_authority', type: 'varchar', nullable: true })
  localAuthority!: string | null;

  @Field(() => String, { nullable: true, description: 'ONS code of the local authority, e.g. E06000047.' })
  @Column({ name: 'ons_code', type: 'varchar', nullable: true })
  onsCode!: string | null;
}
