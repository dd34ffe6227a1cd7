import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { textHygieneProblem } from '@stewardship/domain';
import { FieldErrors } from './errors';
import { isUuid } from './ids';

export const MAX_PAGE_SIZE = 200;

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

/** A Relay-style connection type for `node`, whose edges are named `<nodeName>Edge`. */
export function Connection<TNode>(node: Type<TNode>, nodeName: string) {
  @ObjectType(`${nodeName}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: TNode;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

/** Keyset cursors: an opaque, URL-safe encoding of the sort key of the last row seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a cursor's key must be: text that Postgres can compare, a row id, or a finite number. */
export type CursorPart = 'text' | 'id' | 'number';

const isCursorPart: Record<CursorPart, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && textHygieneProblem(value, 'after') === null,
  id: (value) => typeof value === 'string' && isUuid(value),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
};

/** The key a cursor carries, if it has the parts `shape` asks for; anything else (hand-made, damaged) is a field error. */
export function decodeCursor(cursor: string, shape: readonly CursorPart[]): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === shape.length && shape.every((part, i) => isCursorPart[part](key[i]))) {
      return key;
    }
  } catch {
    // fall through to the field error below
  }
  const errors = new FieldErrors();
  errors.add('after', 'The cursor in "after" is not one this list gave out');
  errors.throwIfAny();
  return [];
}

export function checkPageSize(first: number): void {
  const errors = new FieldErrors();
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    errors.add('first', `"first" must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  errors.throwIfAny();
}

/** Builds a page from `first + 1` rows fetched: the extra row only says whether there is a next page. */
export function toConnection<TRow, TNode>(
  rows: TRow[],
  first: number,
  totalCount: number,
  cursorOf: (row: TRow) => string,
  nodeOf: (row: TRow) => TNode,
) {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}

/**
 * One page of `query` (rows with `name` and `id`), ordered by name case-insensitively then id, resuming after the
 * `after` cursor. Keyset, not offset: page 200 costs what page 1 costs, and rows added meanwhile cause no repeats.
 */
export async function pageByName<T extends ObjectLiteral & { name: string; id: string }>(
  query: SelectQueryBuilder<T>,
  first: number,
  after: string | null | undefined,
) {
  checkPageSize(first);
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  const page = query.clone().orderBy(`lower(${alias}.name)`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').take(first + 1);
  if (after) {
    const [afterName, afterId] = decodeCursor(after, ['text', 'id']);
    page.andWhere(`(lower(${alias}.name), ${alias}.id) > (:afterName, :afterId)`, { afterName, afterId });
  }
  const rows = await page.getMany();
  return toConnection(rows, first, totalCount, (row) => encodeCursor([row.name.toLowerCase(), row.id]), (row) => row);
}
