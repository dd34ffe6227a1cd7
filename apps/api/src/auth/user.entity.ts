import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('User')
@Entity('users')
export class UserEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Field()
  @Column()
  email!: string;

  @Field()
  @Column({ name: 'display_name' })
  displayName!: string;

  /** argon2id; null for accounts that will only sign in through an identity provider (OIDC). */
  @Column({ name: 'password_hash', type: 'varchar', nullable: true, select: false })
  passwordHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
