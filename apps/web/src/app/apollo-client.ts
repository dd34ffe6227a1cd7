import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { writeViewer } from '../features/auth/utils/session-cache';
import { mergeConnectionPages } from './utils/connection-pagination';

/** Operations that may fail with UNAUTHENTICATED without meaning "your session has ended". */
const SIGNED_OUT_OPERATIONS = new Set(['SignIn', 'SignOut']);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Viewer has no id: keep it inside the viewer field rather than normalising it.
      Viewer: { keyFields: false },
      Query: {
        fields: {
          // One cached list per filter and page size (a register page of 50, a picker of 200); `after` pages through it.
          organisations: {
            keyArgs: ['first', 'filter', ['search', 'kind', 'sector', 'placeId', 'includeArchived']],
            merge(existing, incoming, { args }) {
              return mergeConnectionPages(existing, incoming, args?.['after'] as string | null | undefined);
            },
          },
          people: {
            keyArgs: ['first', 'filter', ['search', 'organisationId', 'placeId', 'sector', 'roleGroup', 'includeArchived']],
            merge(existing, incoming, { args }) {
              return mergeConnectionPages(existing, incoming, args?.['after'] as string | null | undefined);
            },
          },
          decisions: {
            keyArgs: ['first', 'filter', ['search', 'forumId', 'placeId', 'from', 'to', 'organisationId', 'practice', 'outcome', 'reopens', 'outsideForum']],
            merge(existing, incoming, { args }) {
              return mergeConnectionPages(existing, incoming, args?.['after'] as string | null | undefined);
            },
          },
          securityEvents: {
            keyArgs: ['first'],
            merge(existing, incoming, { args }) {
              return mergeConnectionPages(existing, incoming, args?.['after'] as string | null | undefined);
            },
          },
        },
      },
    },
  });
}

/**
 * The app's one Apollo client: same-origin POST /graphql with the session cookie. When any
 * operation reports UNAUTHENTICATED (the session expired), the cached viewer becomes null and
 * the sign-in gate sends the user to sign in again.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const cache = createCache();
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      writeViewer(cache, null);
    }
  });
  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEnded, new HttpLink({ uri, credentials: 'same-origin' })]),
  });
}
