import DataLoader from 'dataloader';
import { In, ObjectLiteral, Repository } from 'typeorm';
import type { GqlContext } from './request-context';

/**
 * Per-request DataLoaders, made on first use and kept on the GraphQL context (never across requests, so one user's
 * rows never answer another's). Each area defines its own loaders; this file knows none of them.
 */
export function requestLoader<K, V>(context: GqlContext, key: object | symbol, create: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(key, loader);
  }
  return loader;
}

/** Rows by id, one query per batch. Only ids read from the caller's own system's rows reach a loader. */
export function rowsByIdLoader<T extends ObjectLiteral & { id: string }>(repository: Repository<T>): DataLoader<string, T> {
  return new DataLoader<string, T>(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as never);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? new Error(`No row ${id}`));
  });
}
