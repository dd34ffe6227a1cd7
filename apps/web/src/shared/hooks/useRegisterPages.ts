import { NetworkStatus } from '@apollo/client';
import { useShowMore } from './useShowMore';

interface RegisterConnection<Node> {
  totalCount: number;
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The parts of a paged register query (run with notifyOnNetworkStatusChange) that its list reads. */
interface PagedQuery {
  loading: boolean;
  error?: unknown;
  networkStatus: NetworkStatus;
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

/**
 * A register list's rows and what RegisterResults needs to say about them (loading, failures, "Show more"), from
 * its paged query and the connection in the latest answer (or the one before, while a new search loads).
 */
export function useRegisterPages<Node>(query: PagedQuery, connection: RegisterConnection<Node> | undefined) {
  const { bodyRef, showMore, failed } = useShowMore(connection, (after) => query.fetchMore({ variables: { after } }));
  const edges = connection?.edges ?? [];
  return {
    nodes: edges.map((edge) => edge.node),
    bodyRef,
    results: {
      connection,
      shown: edges.length,
      loading: query.loading,
      loadingMore: query.networkStatus === NetworkStatus.fetchMore,
      moreFailed: failed,
      error: query.error,
      onRetry: () => void query.refetch(),
      onShowMore: () => void showMore(),
    },
  };
}
