import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { ClaimRow } from './claim-row';

/** A document attached to a claim, its bytes in the database. Never changed; its content is read only to download it. */
@ObjectType('ClaimDocument', { description: 'A document attached to a claim (PDF, Word, Excel or PowerPoint), downloaded from `downloadPath`.' })
@Entity('claim_documents')
export class ClaimDocumentEntity extends ClaimRow {
  @Field({ description: 'The file name as uploaded.' })
  @Column({ name: 'file_name', type: 'varchar' })
  fileName!: string;

  @Field({ description: 'The type found in its content, e.g. application/pdf.' })
  @Column({ name: 'media_type', type: 'varchar' })
  mediaType!: string;

  @Field(() => Int)
  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the content, in hex.' })
  @Column({ type: 'char' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'uploaded_at', type: 'timestamptz', insert: false })
  uploadedAt!: Date;
}
