import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PartnerNetwork } from '../utils/network-graph';
import { previousRatedMonth } from '../utils/network-replay';
import { NetworkStore } from '../utils/network-store';

/**
 * One month's partner network of a place (or the system), and the rated month before it (what changed: the ties
 * that broke). While another month loads, the one shown before stays on screen (`loading` says so). `prefetch`
 * fetches a month ahead, so that a replay steps without waiting.
 */
export function usePartnerNetwork(placeId: string | undefined, month: string | undefined) {
  const client = useApolloClient();
  const store = useMemo(() => new NetworkStore(client), [client]);
  useSyncExternalStore(store.subscribe, store.getVersion);

  useEffect(() => store.load(placeId, month), [store, placeId, month]);
  const entry = store.get(placeId, month);
  const [shown, setShown] = useState<PartnerNetwork | null>(null);
  if (entry?.status === 'loaded' && entry.network !== shown) setShown(entry.network);

  const network = entry?.status === 'loaded' ? entry.network : shown;
  // A hidden network has nothing to compare.
  const previousMonth = network?.month && !network.suppressed ? previousRatedMonth(network.ratedMonths, network.month) : null;
  useEffect(() => {
    if (previousMonth) store.load(placeId, previousMonth);
  }, [store, placeId, previousMonth]);
  const previousEntry = previousMonth ? store.get(placeId, previousMonth) : undefined;

  const prefetch = useCallback((next: string) => store.load(placeId, next), [store, placeId]);
  const isLoaded = useCallback((next: string) => store.get(placeId, next)?.status === 'loaded', [store, placeId]);
  const retry = useCallback(() => store.load(placeId, month, true), [store, placeId, month]);

  return {
    network,
    /** The month asked for is on its way (the network shown, if any, is another month's). */
    loading: entry === undefined || entry.status === 'loading',
    failed: entry?.status === 'failed',
    retry,
    previousMonth,
    previous: previousEntry?.status === 'loaded' ? previousEntry.network : null,
    prefetch,
    isLoaded,
  };
}
