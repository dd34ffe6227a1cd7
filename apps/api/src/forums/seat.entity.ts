import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An organisation's seat on a forum for a span of dates. A change to a seat ends the old row and starts a new one,
 * so the history of who sat where, with what vote, stays answerable.
 */
@ObjectType('Seat')
@Entity('seats')
export class SeatEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Field({ description: 'Whether the seat carries a vote.' })
  @Column({ type: 'boolean' })
  voting!: boolean;

  @Field({ description: 'Whether the seat holds the chair.' })
  @Column({ type: 'boolean' })
  chair!: boolean;

  @Field({ description: 'First day of the seat (yyyy-mm-dd).' })
  @Column({ name: 'from_date', type: 'date' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'Last day of the seat (yyyy-mm-dd); empty while it lasts.' })
  @Column({ name: 'to_date', type: 'date', nullable: true })
  to!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
