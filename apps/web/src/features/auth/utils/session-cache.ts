import type { ApolloCache } from '@apollo/client';
import { ViewerDocument, type ViewerFieldsFragment } from '../../../generated/graphql';

/**
 * Drops everything cached for the previous session except the `viewer` field, without telling
 * the queries that read it (so none of them refetches while the page is being replaced).
 * Another user signing in on this browser, perhaps in another system, must never see it.
 */
export function forgetSessionData(cache: ApolloCache): void {
  const root = (cache.extract() as Record<string, Record<string, unknown> | undefined>)['ROOT_QUERY'] ?? {};
  const fieldNames = new Set(Object.keys(root).map((storeFieldName) => storeFieldName.replace(/[(:].*$/, '')));
  fieldNames.delete('__typename');
  fieldNames.delete('viewer');
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName, broadcast: false });
  cache.gc();
}

/** Records who is signed in (null: nobody); the sign-in gate and the header follow it. */
export function writeViewer(cache: ApolloCache, viewer: ViewerFieldsFragment | null): void {
  cache.writeQuery({ query: ViewerDocument, data: { viewer } });
}
