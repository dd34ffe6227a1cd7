import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType('Place', { description: 'A place-based partnership inside the system.' })
@Entity('places')
export class PlaceEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'local_authority', type: 'varchar', nullable: true })
  localAuthority!: string | null;

  @Field(() => String, { nullable: true, description: 'ONS code of the local authority, e.g. E06000047.' })
  @Column({ name: 'ons_code', type: 'varchar', nullable: true })
  onsCode!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
