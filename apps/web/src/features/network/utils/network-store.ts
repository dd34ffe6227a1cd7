import type { ApolloClient } from '@apollo/client';
import { PartnerNetworkDocument } from '../../../generated/graphql';
import type { PartnerNetwork } from './network-graph';

export type NetworkEntry = { status: 'loading' } | { status: 'loaded'; network: PartnerNetwork } | { status: 'failed' };

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

  /** Fetches a month unless it is loaded or on its way; `retry` fetches one that failed again. */
  load(placeId: string | undefined, month: string | undefined, retry = false): void {
    const key = keyOf(placeId, month);
    const entry = this.entries.get(key);
    if (entry && (entry.status !== 'failed' || !retry)) return;
    this.set(key, { status: 'loading' });
    this.client.query({ query: PartnerNetworkDocument, variables: { month: month ?? null, placeId: placeId ?? null }, fetchPolicy: 'no-cache' }).then(
      ({ data }) => {
        if (!data) return this.set(key, { status: 'failed' });
        const network = data.partnerNetwork;
        // The latest month is also that month, so stepping back to it from another month needs no second fetch.
        if (!month && network.month) this.entries.set(keyOf(placeId, network.month), { status: 'loaded', network });
        this.set(key, { status: 'loaded', network });
      },
      () => this.set(key, { status: 'failed' }),
    );
  }

  private set(key: string, entry: NetworkEntry) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Forget the months fetched longest ago (a Map iterates in insertion order); months on their way stay.
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= KEPT) break;
      if (old.status !== 'loading') this.entries.delete(oldKey);
    }
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
