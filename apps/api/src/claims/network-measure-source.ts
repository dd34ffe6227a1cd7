import type { NetworkMeasure } from '@stewardship/evidence';

/** Whose network measure: a partner's (organisationId), or a network's: a place's, or the whole system's (both null). */
export interface NetworkMeasureSubject {
  organisationId: string | null;
  placeId: string | null;
}

/**
 * What the claims area needs of the partner network to weigh a network measure as evidence. The network area
 * provides it under NETWORK_MEASURE_SOURCE (and exports it); until it does, network evidence reads as not enough
 * evidence, saying the figures are not available yet.
 */
export interface NetworkMeasureSource {
  /**
   * One measure month by month from `fromMonth` to `toMonth` (yyyy-mm, inclusive), under the network's own disclosure
   * rules: months without a value are left out of `points`, and `suppressedMonths` (yyyy-mm) are those withheld to
   * protect a small group.
   */
  monthlyMeasure(
    systemId: string,
    subject: NetworkMeasureSubject,
    measure: NetworkMeasure,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ points: { month: string; value: number }[]; suppressedMonths: string[] }>;
}

export const NETWORK_MEASURE_SOURCE = Symbol('NETWORK_MEASURE_SOURCE');
