import { ACTION_THRESHOLDS, CHANGE_READING_LABELS, CHANGE_READINGS, MOST_SERIOUS_COUNT, WEAK_LINK_SERIOUSNESS } from '@stewardship/actions';
import { NETWORK_DEFINITIONS, WEAK_LINK_KINDS } from '@stewardship/network';
import { POWER_DEFINITIONS } from '@stewardship/power';
import { SCORE_HELP } from '@stewardship/scores';
import { XMR_HELP } from '@stewardship/spc';
import { KIND_PRIORITY } from '../../network/utils/network-graph';

/**
 * How each section's figures are computed, in the words of the libraries that compute them (libs/scores, libs/spc,
 * libs/actions, libs/network, libs/power); what is said here only joins them up.
 */
export const REVIEW_HELP = {
  practiceScores: [
    'Each of the six practices in the month, exactly as the practice scores page serves it for the same place.',
    SCORE_HELP.mean,
    SCORE_HELP.n,
    SCORE_HELP.confidenceInterval,
    'A score is hidden, with the reason, when its group is smaller than the minimum group size or when showing it could reveal a smaller group (see the practice scores page).',
    `The sparkline is the practice's XmR chart over the last 24 months. ${XMR_HELP.mean} ${XMR_HELP.limits}`,
    "The variation icon is the month's Making Data Count reading; none when the month is not on the chart yet.",
    'The line says how far the score moved since the latest earlier month with a score, how the month reads on its XmR chart, and how many charted months in a row it has been on the same side of the mean.',
  ],
  changes: [
    "Every practice score, power-sharing figure and network measure (density, reciprocity) whose month moved against its latest earlier month with a value: the change is not 0 at the figure's decimals.",
    `Sorted by how the month reads: ${CHANGE_READINGS.map((reading) => CHANGE_READING_LABELS[reading]).join('; then ')}.`,
    "Within each, the largest move against the figure's own process limits (the change divided by the width between its limits) comes first.",
    'A special-cause signal is a month a Making Data Count rule flags on the XmR chart; common-cause noise is the usual ups and downs of the process: not a change to act on.',
  ],
  network: [
    "From the partner network of the month (the network page's), compared with the month rated before it.",
    `Weak links are counted by kind: ${WEAK_LINK_KINDS.map((kind) => `${NETWORK_DEFINITIONS[kind].title}: ${NETWORK_DEFINITIONS[kind].help}`).join(' ')}`,
    `The ${MOST_SERIOUS_COUNT} most serious: each pair (or partner) once, those flagged under the most kinds first, then by their most serious kind (${WEAK_LINK_SERIOUSNESS.map((kind) => NETWORK_DEFINITIONS[kind].title.toLowerCase()).join(', then ')}).`,
    'New isolates: partners with no tie this month that had at least one the month before.',
    `Broken bridges: ${NETWORK_DEFINITIONS.bridges.help.replace(/^Ties/, 'ties')} in the month before, with no rating either way this month.`,
    `The small map is the network page's map of the month. ${NETWORK_DEFINITIONS.layout.help} Every partner is an equal dot coloured by sector; a single point of failure is a diamond and an isolated or peripheral partner a square. Ties are thicker and darker the stronger they are; weak links are drawn over them in their kind's colour, a pair flagged under several kinds in the colour of the first of: ${KIND_PRIORITY.filter((kind) => kind !== 'PERIPHERAL')
      .map((kind) => NETWORK_DEFINITIONS[kind].title.toLowerCase())
      .join(', ')}.`,
  ],
  power: [
    "Each power-sharing figure from the decision log and the forums' seats for the month, as the power sharing page serves it, with its XmR trend over the last 24 months.",
    `${POWER_DEFINITIONS.tooCosy.name}: ${POWER_DEFINITIONS.tooCosy.formula}`,
  ],
  claims: [
    'Claims as they stand today (not as of the month): those awaiting a first verdict, and reviewed claims whose evidence has changed since their latest verdict (new data, an amended decision or new evidence linked). About the place, when one is chosen.',
    'Each list shows the 20 latest claims made, oldest first; the counts are of every such claim.',
  ],
  actions: [
    `At most ${ACTION_THRESHOLDS.maxActions} actions, ranked by the rules below in their order (an earlier rule's actions first), at most ${ACTION_THRESHOLDS.maxPerRule} from one rule so that one kind of problem cannot crowd out the rest.`,
    'Each is generated from the figures on this page by a documented rule, not written by hand, and links to the figures and records it cites.',
  ],
} as const;
