import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind, Sector } from '@stewardship/domain';
import { Column, Entity } from 'typeorm';
import { RegisterRow } from '../common/register-row';
import { OrganisationKindEnum, SectorEnum } from '../common/graphql-enums';

@ObjectType('Organisation', { description: "A partner organisation in the system's register." })
@Entity('organisations')
export class OrganisationEntity extends RegisterRow {
  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true, description: 'NHS Organisation Data Service code, e.g. RXN or A81001.' })
  @Column({ name: 'ods_code', type: 'varchar', nullable: true })
  odsCode!: string | null;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'varchar' })
  kind!: OrganisationKind;

  @Field(() => SectorEnum)
  @Column({ type: 'varchar' })
  sector!: Sector;

  @Field(() => Float, {
    nullable: true,
    description: 'Annual budget (£m) or population served, used for representation ratios.',
  })
  @Column({ type: 'double precision', nullable: true })
  weight!: number | null;
}
