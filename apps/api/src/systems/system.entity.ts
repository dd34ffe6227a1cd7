import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An integrated care system: the tenant every other row belongs to. */
@ObjectType('System')
@Entity('systems')
export class SystemEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true, description: 'ODS code of the integrated care board' })
  @Column({ name: 'ods_code', type: 'varchar', nullable: true })
  odsCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  region!: string | null;

  /** Groups smaller than this are suppressed in every figure and export. */
  @Column({ name: 'minimum_group_size', type: 'int', default: 5 })
  minimumGroupSize!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
