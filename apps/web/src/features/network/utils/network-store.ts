import type { ApolloClient } from '@apollo/client';
import { PartnerNetworkDocument, PartnerNetworkMapDocument } from '../../../generated/graphql';
import type { MapNetwork, PartnerNetwork } from './network-graph';
import { decodeNetworkMap } from './network-map';

export type Part<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed' };

/**
 * A month of a place's (or the system's) network in two parts: what the map draws (PartnerNetworkMap, compact: about
 * a megabyte for 1,000 partners and 16,000 ties) and the whole month (PartnerNetwork: figures, weak links with their reasons,
 * the tables; many megabytes), asked for once the map's part has arrived, so that the map is drawn first.
 */
export interface NetworkEntry {
  map: Part<MapNetwork>;
  /** Not asked for yet (undefined) for a month only compared with (the month before the one shown). */
  full?: Part<PartnerNetwork>;
}

/** Months kept in memory; a replay of two years of one place fits, and an ICS-sized month is a few megabytes. */
const KEPT = 30;

const keyOf = (placeId: string | undefined, month: string | undefined) => `${placeId ?? ''}|${month ?? 'latest'}`;

/**
 * The months of partner networks fetched so far, for the page and its replay. Outside Apollo's normalised cache on
 * purpose: a month of 1,000 partners and 20,000 ties takes seconds to normalise and read back there, and one tie's id
 * is the same every month, so normalising would mix up months.
 */
export class NetworkStore {
  private readonly entries = new Map<string, NetworkEntry>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly client: ApolloClient) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Changes whenever an entry does, for useSyncExternalStore. */
  readonly getVersion = () => this.version;

  get(placeId: string | undefined, month: string | undefined): NetworkEntry | undefined {
    return this.entries.get(keyOf(placeId, month));
  }

  /**
   * Fetches a month's map unless it is loaded or on its way, then (unless `mapOnly`) the whole month; `retry` fetches
   * a part that failed again.
   */
  load(placeId: string | undefined, month: string | undefined, { retry = false, mapOnly = false }: { retry?: boolean; mapOnly?: boolean } = {}): void {
    const key = keyOf(placeId, month);
    const entry = this.entries.get(key);
    const variables = { month: month ?? null, placeId: placeId ?? null };
    if (!entry || (entry.map.status === 'failed' && retry)) {
      this.set(key, { map: { status: 'loading' }, ...(mapOnly ? {} : { full: { status: 'loading' } }) });
      this.client
        .query({ query: PartnerNetworkMapDocument, variables, fetchPolicy: 'no-cache' })
        // An answer that cannot be decoded fails the map as a failed request does.
        .then(({ data }) => (data ? decodeNetworkMap(data.partnerNetworkMap) : null))
        .then(
          (map) => {
            if (!map) return this.update(key, { map: { status: 'failed' } });
            // The latest month is also that month, so stepping back to it from another month needs no second fetch.
            if (!month && map.month) this.entries.set(keyOf(placeId, map.month), { map: { status: 'loaded', data: map } });
            this.update(key, { map: { status: 'loaded', data: map } });
            if (this.entries.get(key)?.full?.status === 'loading') this.fetchFull(placeId, month, map.month);
          },
          () => this.update(key, { map: { status: 'failed' }, ...(mapOnly ? {} : { full: { status: 'failed' } }) }),
        );
      return;
    }
    if (mapOnly || (entry.full && (entry.full.status !== 'failed' || !retry))) return;
    this.update(key, { full: { status: 'loading' } });
    if (entry.map.status === 'loaded') this.fetchFull(placeId, month, entry.map.data.month);
  }

  /** The whole month, for `month` (the latest when undefined: `shown`, the month the map's answer named). */
  private fetchFull(placeId: string | undefined, month: string | undefined, shown: string | null) {
    const key = keyOf(placeId, month);
    this.client.query({ query: PartnerNetworkDocument, variables: { month: month ?? shown ?? null, placeId: placeId ?? null }, fetchPolicy: 'no-cache' }).then(
      ({ data }) => {
        if (!data) return this.update(key, { full: { status: 'failed' } });
        const full = data.partnerNetwork;
        if (!month && full.month) this.entries.set(keyOf(placeId, full.month), { map: { status: 'loaded', data: full }, full: { status: 'loaded', data: full } });
        this.update(key, { full: { status: 'loaded', data: full } });
      },
      () => this.update(key, { full: { status: 'failed' } }),
    );
  }

  private update(key: string, part: Partial<NetworkEntry>) {
    const entry = this.entries.get(key);
    if (entry) this.set(key, { ...entry, ...part });
  }

  private set(key: string, entry: NetworkEntry) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Forget the months fetched longest ago (a Map iterates in insertion order); months on their way stay.
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= KEPT) break;
      if (old.map.status !== 'loading' && old.full?.status !== 'loading') this.entries.delete(oldKey);
    }
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
