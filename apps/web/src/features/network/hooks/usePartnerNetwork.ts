import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { MapNetwork, PartnerNetwork } from '../utils/network-graph';
import { previousRatedMonth } from '../utils/network-replay';
import { NetworkStore } from '../utils/network-store';

interface Shown {
  map: MapNetwork;
  /** The same month whole, once it has arrived. */
  network: PartnerNetwork | null;
}

/**
 * One month's partner network of a place (or the system): `map`, what the map draws, arrives first; `network`, the
 * whole month (figures, weak links with their reasons, tables), is asked for once `details` is true (the page sets
 * it when the map is on screen, so that the browser and the API draw and answer the map first), as is the rated
 * month before it, for the map only (what changed: the ties that broke). While another month loads, the one shown before stays on screen
 * (`loading` says so). `prefetch` fetches a month ahead, so that a replay steps without waiting.
 */
export function usePartnerNetwork(placeId: string | undefined, month: string | undefined, { details = true }: { details?: boolean } = {}) {
  const client = useApolloClient();
  const store = useMemo(() => new NetworkStore(client), [client]);
  useSyncExternalStore(store.subscribe, store.getVersion);

  useEffect(() => store.load(placeId, month, { mapOnly: !details }), [store, placeId, month, details]);
  const entry = store.get(placeId, month);
  const map = entry?.map.status === 'loaded' ? entry.map.data : null;
  const full = entry?.full?.status === 'loaded' ? entry.full.data : null;
  const [shown, setShown] = useState<Shown | null>(null);
  if (map && (shown?.map !== map || shown.network !== full)) setShown({ map, network: full });

  const current = map ? { map, network: full } : shown;
  // A hidden network has nothing to compare.
  const previousMonth = current?.map.month && !current.map.suppressed ? previousRatedMonth(current.map.ratedMonths, current.map.month) : null;
  useEffect(() => {
    if (previousMonth && details) store.load(placeId, previousMonth, { mapOnly: true });
  }, [store, placeId, previousMonth, details]);
  const previousEntry = previousMonth ? store.get(placeId, previousMonth) : undefined;

  const prefetch = useCallback((next: string) => store.load(placeId, next), [store, placeId]);
  const isLoaded = useCallback((next: string) => store.get(placeId, next)?.map.status === 'loaded', [store, placeId]);
  const retry = useCallback(() => store.load(placeId, month, { retry: true }), [store, placeId, month]);

  return {
    /** What the map draws, of the month asked for or (while it loads) the one shown before. */
    map: current?.map ?? null,
    /** The same month whole; null until it arrives. */
    network: current?.network ?? null,
    /** The month asked for is on its way (the network shown, if any, is another month's). */
    loading: entry === undefined || entry.map.status === 'loading',
    failed: entry?.map.status === 'failed' || entry?.full?.status === 'failed',
    retry,
    previousMonth,
    previous: previousEntry?.map.status === 'loaded' ? previousEntry.map.data : null,
    prefetch,
    isLoaded,
  };
}
