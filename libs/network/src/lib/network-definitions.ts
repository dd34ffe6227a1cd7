import { CONTACT_SCORES, RATING_SCALE } from './tie-strength';
import { WEAK_LINK_DEFAULTS, type WeakLinkKind } from './weak-links';

export interface NetworkDefinition {
  title: string;
  /** What the figure is and exactly how it is computed, in words. */
  help: string;
}

export type NetworkDefinitionKey =
  | 'tieStrength'
  | 'reciprocityGap'
  | 'density'
  | 'reciprocity'
  | 'degree'
  | 'inDegree'
  | 'outDegree'
  | 'strength'
  | 'betweenness'
  | 'components'
  | 'isolates'
  | 'articulationPoints'
  | 'bridges'
  | 'community'
  | 'internalShare'
  | 'eiIndex'
  | 'communitySectorNmi'
  | 'change'
  | 'layout'
  | WeakLinkKind;

// Built from the constants the maths uses, so the words cannot drift from the figures.
const { min, max } = RATING_SCALE;
const span = max - min;
const contact = (Object.entries(CONTACT_SCORES) as [string, number][])
  .map(([frequency, score]) => `${frequency.toLowerCase()} ${score === 0 || score === 1 ? score : `${Math.round(score * 3)}/3`}`)
  .join(', ');
const { lowStrength, reciprocityGap, decliningMonths, missingCoAffected, peripheralDecile } = WEAK_LINK_DEFAULTS;
const undirected = 'on the network where two partners are tied when either rated the other';
const ties = 'Ties are an organisation’s view of a partner, never a person’s.';

/** Help text for each network figure and kind of weak link, for the default options. */
export const NETWORK_DEFINITIONS: Record<NetworkDefinitionKey, NetworkDefinition> = {
  tieStrength: {
    title: 'Tie strength',
    help:
      `How strong one organisation rates its tie with a partner, from 0 to 1: the mean of three equal parts, ` +
      `(trust − ${min}) ÷ ${span}, (value − ${min}) ÷ ${span} and contact (${contact}), each taken over the month’s ` +
      `ratings by the organisation’s respondents. A tie between two partners has the mean of its two directions’ ` +
      `strengths, or the one that exists. ${ties}`,
  },
  reciprocityGap: {
    title: 'Reciprocity gap',
    help: 'The difference between the strengths two partners give their tie, ignoring which is higher. Empty when only one of them rated the other: the tie is one-sided.',
  },
  density: {
    title: 'Density',
    help: 'Ties rated ÷ ties possible: the number of ratings from one partner of another, divided by n × (n − 1) for n partners. Empty with fewer than two partners.',
  },
  reciprocity: {
    title: 'Reciprocity',
    help: 'The share of ratings answered: of all ratings from one partner of another, those where the other also rated the first. Empty when there are no ratings.',
  },
  degree: { title: 'Ties', help: `The number of partners a partner is tied to, ${undirected}.` },
  inDegree: { title: 'Rated by', help: 'The number of partners who rated this partner.' },
  outDegree: { title: 'Rated', help: 'The number of partners this partner rated.' },
  strength: { title: 'Strength', help: `The sum of the strengths of a partner’s ties, ${undirected}.` },
  betweenness: {
    title: 'Brokerage (betweenness)',
    help:
      'How often a partner lies on the shortest routes between other partners (every tie counted as one step): for each ' +
      'pair of other partners, the share of their shortest routes that pass through it, summed and divided by the number of ' +
      'such pairs, (n − 1)(n − 2) ÷ 2. 0 for a partner no route passes through; 1 for the centre of a star.',
  },
  components: { title: 'Components', help: `Groups of partners connected by some chain of ties, ${undirected}; a partner without ties is a group on its own.` },
  isolates: { title: 'Isolated partners', help: 'Partners that rated no partner and that no partner rated this month.' },
  articulationPoints: {
    title: 'Single points of failure (partners)',
    help: 'Partners whose departure would split their group: some of the partners they connect would have no chain of ties left between them.',
  },
  bridges: { title: 'Single points of failure (ties)', help: 'Ties whose loss would split their group: the only chain of ties between the partners on either side.' },
  community: {
    title: 'Community',
    help: 'Groups of partners more tied to each other than to the rest, found by the Louvain method (maximising modularity on tie strengths), the same every time for the same month.',
  },
  internalShare: { title: 'Ties within the sector', help: 'Of the ties with a partner in the sector, the share with both partners in it. Empty when the sector has no ties.' },
  eiIndex: {
    title: 'E–I index',
    help:
      'Krackhardt and Stern’s external–internal index: (ties between sectors − ties within sectors) ÷ all ties. −1 when ' +
      'every tie stays within a sector (silos), 1 when every tie crosses sectors. For a sector, its own ties only. Empty without ties.',
  },
  communitySectorNmi: {
    title: 'Communities following sectors',
    help:
      'How far the communities are just the sectors, as normalised mutual information over partners with a tie: 1 when ' +
      'each community is exactly one sector (silos), near 0 when communities cut across sectors. Empty when there is one ' +
      'community in one sector, or no ties.',
  },
  change: { title: 'Change since last month', help: 'This month’s figure minus last month’s; empty for a partner or tie that was not in last month’s network.' },
  layout: {
    title: 'Map layout',
    help: 'Partners are placed by ForceAtlas2, tied partners pulled together by the strength of their tie; each month starts from the last month’s places, so only what changed moves. Position and distance are a picture, not a figure.',
  },
  LOW_STRENGTH: { title: 'Weak tie', help: `A tie with strength below ${lowStrength}.` },
  ONE_SIDED: {
    title: 'One-sided tie',
    help: `A tie only one partner rated, or whose two directions’ strengths differ by more than ${reciprocityGap}.`,
  },
  DECLINING: {
    title: 'Declining tie',
    help:
      `A tie whose strength fell in each of the last ${decliningMonths} months, or whose strength this month is a ` +
      'special-cause fall on its SPC chart (an XmR chart of its strength over the months rated, read by the Making Data Count rules).',
  },
  MISSING: {
    title: 'Missing tie',
    help: `Two partners both affected by ${missingCoAffected} or more of the same decisions in the last 12 months, with no tie rated either way this month.`,
  },
  PERIPHERAL: {
    title: 'Isolated or peripheral partner',
    help:
      `A partner with no ties, or whose strength is in the bottom ${Math.round(peripheralDecile * 100)}% of the ` +
      `network’s partners: at or below the strength of the k-th weakest partner, k being ${Math.round(peripheralDecile * 100)}% ` +
      `of the partners rounded down (so none this way in a network of fewer than ${Math.round(1 / peripheralDecile)}).`,
  },
};
