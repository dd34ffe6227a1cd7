import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MAX_ATTEMPTS, type BoardPackStatus } from '../board-packs.queries';

export const BoardPackStatusEnum = { QUEUED: 'QUEUED', RUNNING: 'RUNNING', DONE: 'DONE', FAILED: 'FAILED' } as const satisfies Record<BoardPackStatus, BoardPackStatus>;
registerEnumType(BoardPackStatusEnum, {
  name: 'BoardPackStatus',
  description: 'Where a board pack is: waiting for a worker, being made, ready to download, or given up.',
  valuesMap: {
    QUEUED: { description: 'Waiting for a worker (again, after a failed attempt, while attempts remain).' },
    RUNNING: { description: 'A worker is making it.' },
    DONE: { description: 'Made: download it from downloadPath.' },
    FAILED: { description: `Given up after ${MAX_ATTEMPTS} attempts; error says why.` },
  },
});

@ObjectType('BoardPack', { description: 'A PDF of the monthly review for one month (and place), made by a worker; readable only by whoever asked for it.' })
export class BoardPackModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The month reviewed, yyyy-mm.' })
  month!: string;

  @Field(() => ID, { nullable: true, description: 'The place reviewed; null for the whole system.' })
  placeId!: string | null;

  @Field(() => BoardPackStatusEnum)
  status!: BoardPackStatus;

  @Field(() => Int, { description: 'Attempts started so far (the current one included while RUNNING).' })
  attempts!: number;

  @Field(() => Int, { description: 'Attempts made before it is given up as FAILED.' })
  maxAttempts!: number;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was made or given up.' })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (while it is retried, and once FAILED).' })
  error!: string | null;

  @Field(() => Int, { nullable: true, description: 'The size of the PDF in bytes, once DONE.' })
  sizeBytes!: number | null;

  @Field(() => String, { nullable: true, description: 'Where to download the PDF, signed in, once DONE (a path on this server).' })
  downloadPath!: string | null;
}

@ObjectType('BoardPackSupport', { description: 'Whether the server can make board packs now, and if not, why.' })
export class BoardPackSupportModel {
  @Field({ description: 'A worker with a browser to render with has been seen in the last 30 seconds.' })
  available!: boolean;

  @Field(() => String, { nullable: true, description: 'Why not, in words for the person asking; null when available.' })
  reason!: string | null;
}
