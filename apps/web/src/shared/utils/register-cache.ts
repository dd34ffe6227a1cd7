import type { ApolloCache } from '@apollo/client';

/**
 * Root fields that list or describe register rows. After any change to the register they may be
 * out of date (a new name sorts elsewhere, an archived row leaves a list, the history gains an
 * entry), so they are dropped; the queries showing them fetch again.
 */
const REGISTER_FIELDS = ['places', 'organisations', 'forums', 'people', 'auditHistory', 'exportRegister'] as const;

export function forgetRegisterLists(cache: ApolloCache): void {
  for (const fieldName of REGISTER_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
