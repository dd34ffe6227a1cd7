import { SECTORS, type Sector } from '@stewardship/domain';
import { PowerInputError, ratioOrNull, seatHeldOn, type CheckedPowerInput } from './power-input';

export interface RepresentationOptions {
  /** A ratio below this flags the sector as under-represented. Default 0.8. */
  underRepresentedBelow?: number;
  /** A ratio above this flags the sector as over-represented. Default 1.25 (= 1 ÷ 0.8). */
  overRepresentedAbove?: number;
}

export const REPRESENTATION_DEFAULTS: Required<RepresentationOptions> = {
  underRepresentedBelow: 0.8,
  overRepresentedAbove: 1.25,
};

export type RepresentationFlag = 'under' | 'over' | null;

/** One sector's seats and votes against its weight, on one day. */
export interface SectorRepresentation {
  sector: Sector;
  seats: number;
  votingSeats: number;
  weight: number;
  seatShare: number | null;
  voteShare: number | null;
  weightShare: number | null;
  seatRatio: number | null;
  voteRatio: number | null;
  seatFlag: RepresentationFlag;
  voteFlag: RepresentationFlag;
}

export function resolveRepresentationOptions(options: RepresentationOptions = {}): Required<RepresentationOptions> {
  const resolved = { ...REPRESENTATION_DEFAULTS, ...options };
  for (const key of ['underRepresentedBelow', 'overRepresentedAbove'] as const) {
    if (!(Number.isFinite(resolved[key]) && resolved[key] > 0)) {
      throw new PowerInputError(`options.${key}`, `must be a number above 0; got ${String(resolved[key])}`);
    }
  }
  if (resolved.underRepresentedBelow > resolved.overRepresentedAbove) {
    throw new PowerInputError('options.overRepresentedAbove', 'must not be below options.underRepresentedBelow');
  }
  return resolved;
}

/** Under below the lower threshold, over above the upper; a ratio exactly on a threshold is not flagged. */
function flag(ratio: number | null, options: Required<RepresentationOptions>): RepresentationFlag {
  if (ratio === null) return null;
  if (ratio < options.underRepresentedBelow) return 'under';
  if (ratio > options.overRepresentedAbove) return 'over';
  return null;
}

/**
 * One row per sector of the vocabulary, including sectors with no seats (the under-represented case), on `day`.
 * - A seat counts when held on the day: from ≤ day ≤ (to ?? ∞). Each seat row counts once, so an organisation with
 *   two seats (in two forums, say) counts twice: seats are where its voice is heard.
 * - seatShare = sector's seats ÷ all seats; voteShare = sector's voting seats ÷ all voting seats;
 *   weightShare = sector's organisations' weight ÷ all weight, over organisations that have a weight (whether or not
 *   they hold a seat: a weighty partner without a seat is the case to see).
 * - seatRatio = seatShare ÷ weightShare, voteRatio = voteShare ÷ weightShare, computed as (s × W) ÷ (S × w) so that
 *   whole counts and weights give exact thresholds. null when a share is null or weightShare is 0.
 */
export function representationOn(
  checked: CheckedPowerInput,
  day: string,
  options: Required<RepresentationOptions>,
): SectorRepresentation[] {
  const seats = new Map<Sector, number>(SECTORS.map((sector) => [sector, 0]));
  const votingSeats = new Map<Sector, number>(SECTORS.map((sector) => [sector, 0]));
  const weight = new Map<Sector, number>(SECTORS.map((sector) => [sector, 0]));
  let totalSeats = 0;
  let totalVotingSeats = 0;
  let totalWeight = 0;
  for (const seat of checked.seats) {
    if (!seatHeldOn(seat, day)) continue;
    const sector = checked.sectorOf.get(seat.organisationId) as Sector;
    seats.set(sector, (seats.get(sector) ?? 0) + 1);
    totalSeats += 1;
    if (seat.voting) {
      votingSeats.set(sector, (votingSeats.get(sector) ?? 0) + 1);
      totalVotingSeats += 1;
    }
  }
  for (const organisation of checked.organisations) {
    if (organisation.weight === undefined) continue;
    const sector = checked.sectorOf.get(organisation.id) as Sector;
    weight.set(sector, (weight.get(sector) ?? 0) + organisation.weight);
    totalWeight += organisation.weight;
  }
  // s ÷ S ÷ (w ÷ W), or null when S, W or w is 0.
  const ratio = (count: number, total: number, sectorWeight: number) =>
    total === 0 || totalWeight === 0 ? null : ratioOrNull(count * totalWeight, total * sectorWeight);
  return SECTORS.map((sector) => {
    const sectorSeats = seats.get(sector) ?? 0;
    const sectorVotingSeats = votingSeats.get(sector) ?? 0;
    const sectorWeight = weight.get(sector) ?? 0;
    const seatRatio = ratio(sectorSeats, totalSeats, sectorWeight);
    const voteRatio = ratio(sectorVotingSeats, totalVotingSeats, sectorWeight);
    return {
      sector,
      seats: sectorSeats,
      votingSeats: sectorVotingSeats,
      weight: sectorWeight,
      seatShare: ratioOrNull(sectorSeats, totalSeats),
      voteShare: ratioOrNull(sectorVotingSeats, totalVotingSeats),
      weightShare: ratioOrNull(sectorWeight, totalWeight),
      seatRatio,
      voteRatio,
      seatFlag: flag(seatRatio, options),
      voteFlag: flag(voteRatio, options),
    };
  });
}
