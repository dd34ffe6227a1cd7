import type { Improvement } from './claim-directions';

export const NETWORK_MEASURES = ['degree', 'strength', 'betweenness', 'density', 'reciprocity'] as const;
export type NetworkMeasure = (typeof NETWORK_MEASURES)[number];

export interface NetworkMeasureDefinition {
  label: string;
  /** A partner's measure, or a network's (a place's, or the whole system's). */
  of: 'partner' | 'network';
  improvement: Improvement;
  help: string;
}

/**
 * The network measures a claim may cite as evidence, month by month. More ties, stronger ties, a denser and more
 * reciprocal network are better for collaboration; brokerage (betweenness) is neither: a broker joins groups, but a
 * network that leans on one is fragile.
 */
export const NETWORK_MEASURE_DEFINITIONS: Record<NetworkMeasure, NetworkMeasureDefinition> = {
  degree: { label: 'Degree', of: 'partner', improvement: 'increase', help: 'How many partners this partner has a working relationship with.' },
  strength: { label: 'Strength', of: 'partner', improvement: 'increase', help: 'The sum of the strengths of this partner’s ties.' },
  betweenness: {
    label: 'Betweenness',
    of: 'partner',
    improvement: 'neither',
    help: 'How often this partner lies on the shortest path between two others: a broker. Neither higher nor lower is better.',
  },
  density: { label: 'Density', of: 'network', improvement: 'increase', help: 'The share of all possible ties between the network’s partners that exist.' },
  reciprocity: { label: 'Reciprocity', of: 'network', improvement: 'increase', help: 'The share of ties rated by both partners.' },
};

export function isNetworkMeasure(value: unknown): value is NetworkMeasure {
  return typeof value === 'string' && (NETWORK_MEASURES as readonly string[]).includes(value);
}
