import { isSector, SECTOR_LABELS } from '@stewardship/domain';
import { monthName } from '@stewardship/network';
import type { FigureReading } from './figure-changes';
import type { NetworkSnapshot, SnapshotNode, SnapshotTie, SnapshotWeakLink } from './network-snapshot';

/** What an action cites, for the page to turn into a link. */
export type ActionReferenceKind = 'PRACTICE' | 'POWER_FIGURE' | 'ORGANISATION' | 'TIE' | 'WEAK_LINK' | 'CLAIM' | 'SECTOR';

export interface ActionReference {
  kind: ActionReferenceKind;
  /** The record's id or the figure's key (a practice key, a power figure, a sector). */
  id: string;
  label: string;
}

export type ActionRuleKey = 'PRACTICE_CONCERN' | 'POWER_CONCERN' | 'SECTOR_ONE_SIDED' | 'BROKEN_BRIDGE' | 'NEW_ISOLATE' | 'TOO_COSY' | 'CLAIM_EVIDENCE_CHANGED' | 'CLAIMS_AWAITING';

export interface SuggestedAction {
  rule: ActionRuleKey;
  /** 1 is the first to act on. */
  rank: number;
  /** A sentence a board can act on, with the figures behind it. */
  text: string;
  /** The figures the sentence cites, as shown. */
  figures: { label: string; value: string }[];
  references: ActionReference[];
}

/** The thresholds the rules use; ACTION_RULES' words are built from them. */
export const ACTION_THRESHOLDS = {
  /** The most actions suggested. */
  maxActions: 5,
  /** The most actions one rule may contribute, so one kind of problem cannot crowd out the rest. */
  maxPerRule: 2,
  /** A sector is convened when at least this many of its ties exist … */
  oneSidedMinTies: 3,
  /** … and at least this share of them are one-sided. */
  oneSidedShare: 0.5,
} as const;

const { maxActions, maxPerRule, oneSidedMinTies, oneSidedShare } = ACTION_THRESHOLDS;

/** Each rule in the order it ranks (an earlier rule's actions come first), with what makes it fire, for the page's help. */
export const ACTION_RULES: readonly { key: ActionRuleKey; title: string; text: string }[] = [
  {
    key: 'PRACTICE_CONCERN',
    title: 'A practice score shows special cause concern',
    text: 'Fires for each of the six practice scores whose month is a special-cause concern on its XmR chart (Making Data Count rules, higher is better). Largest fall against its limits first.',
  },
  {
    key: 'POWER_CONCERN',
    title: 'A power-sharing figure shows special cause concern',
    text: "Fires for each power-sharing figure whose month is a special-cause concern on its XmR chart (in the figure's worse direction; figures with no better direction never fire). Largest move against its limits first.",
  },
  {
    key: 'SECTOR_ONE_SIDED',
    title: "A sector's ties are mostly one-sided",
    text: `Fires for a sector whose partners have at least ${oneSidedMinTies} ties in the month's network of which at least ${Math.round(oneSidedShare * 100)}% are one-sided (only one partner rated the other, or their views differ by more than the weak-link gap). Highest share first.`,
  },
  {
    key: 'BROKEN_BRIDGE',
    title: 'A bridge tie is gone',
    text: 'Fires for each tie that was a bridge (the only link between two parts of the network) in the month before and has no rating either way this month.',
  },
  {
    key: 'NEW_ISOLATE',
    title: 'A partner has become isolated',
    text: 'Fires for each partner with no tie this month that had at least one the month before. Most ties lost first.',
  },
  {
    key: 'TOO_COSY',
    title: 'Too cosy: no dissent or no conflict surfaced',
    text: 'Fires when the power-sharing "too cosy" warning is on: recorded dissent, or conflict surfaced, zero in each month of the run up to the month reviewed.',
  },
  {
    key: 'CLAIM_EVIDENCE_CHANGED',
    title: "A claim's evidence changed since its verdict",
    text: 'Fires when at least one claim has new data, an amended decision or new evidence since its latest verdict. One action for all of them, naming the oldest claim listed.',
  },
  {
    key: 'CLAIMS_AWAITING',
    title: 'Claims await review',
    text: 'Fires when at least one claim has no verdict yet. One action for all of them, naming the oldest claim listed.',
  },
];

export interface ActionClaim {
  id: string;
  text: string;
  /** yyyy-mm-dd */
  madeOn: string;
}

/** The month's figures the rules read; a part that is missing (hidden, not for this reader) is null. */
export interface ActionInput {
  month: string;
  /** The place reviewed, or null for the whole system. */
  placeName: string | null;
  /** Every practice score's and power figure's reading for the month (readFigure), moved or not. */
  readings: readonly FigureReading[];
  /** The power-sharing "too cosy" warning (libs/power tooCosyWarning) as of the month. */
  tooCosy: { dissentWarning: boolean; dissentMonths: number; conflictSurfacedWarning: boolean; conflictSurfacedMonths: number } | null;
  network: { nodes: readonly SnapshotNode[]; ties: readonly SnapshotTie[]; weakLinks: readonly SnapshotWeakLink[]; snapshot: NetworkSnapshot } | null;
  /** Claims listed (the oldest at least), and how many there are in all when more than listed. */
  claims: { awaiting: readonly ActionClaim[]; evidenceChanged: readonly ActionClaim[]; awaitingCount?: number; evidenceChangedCount?: number } | null;
}

type Candidate = Omit<SuggestedAction, 'rank'> & { weight: number };

const two = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text}”`;
const inPlace = (input: ActionInput) => (input.placeName ? ` in ${input.placeName}` : '');
const sectorLabel = (sector: string) => (isSector(sector) ? SECTOR_LABELS[sector] : sector);

function concerns(input: ActionInput, area: 'PRACTICE' | 'POWER', rule: ActionRuleKey): Candidate[] {
  return input.readings
    .filter((r) => r.area === area && r.reading === 'SPECIAL_CAUSE_CONCERN')
    .map((r) => {
      const movement = r.change === null ? '' : `, ${r.change > 0 ? 'up' : 'down'} ${Math.abs(r.change).toFixed(2)} since ${monthName(r.previousMonth as string)}`;
      const run = r.monthsOnSide && r.monthsOnSide >= 2 ? `; ${r.monthsOnSide} months in a row ${r.side} the mean` : '';
      const text =
        area === 'PRACTICE'
          ? `Put "${r.label}" on the board's agenda${inPlace(input)}: ${two(r.value)} in ${monthName(r.month)}${movement}, a special cause concern${run}.`
          : `Review how decisions are taken${inPlace(input)}: ${r.label.toLowerCase()} was ${two(r.value)} in ${monthName(r.month)}${movement}, a special cause concern${run}.`;
      return {
        rule,
        text,
        figures: [
          { label: r.label, value: two(r.value) },
          ...(r.previousMonth ? [{ label: `${r.label}, ${monthName(r.previousMonth)}`, value: two(r.previousValue) }] : []),
        ],
        references: [{ kind: area === 'PRACTICE' ? 'PRACTICE' : 'POWER_FIGURE', id: r.key, label: r.label }],
        weight: r.changeInLimits ?? 0,
      };
    });
}

function oneSidedSectors(input: ActionInput): Candidate[] {
  if (!input.network) return [];
  const { nodes, ties, weakLinks } = input.network;
  const sectorOf = new Map(nodes.map((node) => [node.id, node.sector]));
  const declining = new Set(weakLinks.filter((link) => link.kind === 'DECLINING').map((link) => [link.source, link.target ?? ''].sort().join('|')));
  const sectors = [...new Set(nodes.map((node) => node.sector))].sort();
  return sectors.flatMap((sector): Candidate[] => {
    const own = ties.filter((tie) => sectorOf.get(tie.a) === sector || sectorOf.get(tie.b) === sector);
    const oneSided = own.filter((tie) => tie.oneSided);
    if (own.length < oneSidedMinTies || oneSided.length / own.length < oneSidedShare) return [];
    const falling = own.filter((tie) => declining.has(tie.id)).length;
    const label = sectorLabel(sector);
    return [
      {
        rule: 'SECTOR_ONE_SIDED',
        text:
          `Convene the ${label} partners${inPlace(input)}: ${oneSided.length} of their ${own.length} ties are one-sided in ${monthName(input.month)}` +
          (falling ? ` and ${plural(falling, 'tie has', 'ties have')} weakened month after month.` : '.'),
        figures: [
          { label: `${label} ties`, value: String(own.length) },
          { label: `${label} ties one-sided`, value: String(oneSided.length) },
          ...(falling ? [{ label: `${label} ties declining`, value: String(falling) }] : []),
        ],
        references: [{ kind: 'SECTOR', id: sector, label }, ...oneSided.map((tie): ActionReference => ({ kind: 'TIE', id: tie.id, label: tieLabel(tie, nodes) }))],
        weight: oneSided.length / own.length + oneSided.length / 1000,
      },
    ];
  });
}

function tieLabel(tie: { a: string; b: string }, nodes: readonly SnapshotNode[]): string {
  const name = (id: string) => nodes.find((node) => node.id === id)?.name ?? 'a former partner';
  return `${name(tie.a)} – ${name(tie.b)}`;
}

function brokenBridges(input: ActionInput): Candidate[] {
  return (input.network?.snapshot.brokenBridges ?? []).map((bridge) => ({
    rule: 'BROKEN_BRIDGE',
    text: `Restore the tie between ${bridge.aName} and ${bridge.bName}: it was the only link between two parts of the network last month, and in ${monthName(input.month)} neither rated the other.`,
    figures: [],
    references: [
      { kind: 'TIE', id: bridge.id, label: `${bridge.aName} – ${bridge.bName}` },
      { kind: 'ORGANISATION', id: bridge.a, label: bridge.aName },
      { kind: 'ORGANISATION', id: bridge.b, label: bridge.bName },
    ],
    weight: 0,
  }));
}

function newIsolates(input: ActionInput): Candidate[] {
  return (input.network?.snapshot.newIsolates ?? []).map((partner) => ({
    rule: 'NEW_ISOLATE',
    text: `Reconnect ${partner.name}: it has no tie with any partner in ${monthName(input.month)}, against ${plural(partner.previousDegree, 'tie', 'ties')} the month before.`,
    figures: [
      { label: `${partner.name}: ties this month`, value: '0' },
      { label: `${partner.name}: ties the month before`, value: String(partner.previousDegree) },
    ],
    references: [{ kind: 'ORGANISATION', id: partner.id, label: partner.name }],
    weight: partner.previousDegree,
  }));
}

function tooCosy(input: ActionInput): Candidate[] {
  const warning = input.tooCosy;
  if (!warning || !(warning.dissentWarning || warning.conflictSurfacedWarning)) return [];
  const parts = [
    ...(warning.dissentWarning ? [`no dissent recorded for ${warning.dissentMonths} months`] : []),
    ...(warning.conflictSurfacedWarning ? [`no conflict surfaced for ${warning.conflictSurfacedMonths} months`] : []),
  ];
  return [
    {
      rule: 'TOO_COSY',
      text: `Ask the forums${inPlace(input)} whether differences are being voiced: ${parts.join(' and ')} up to ${monthName(input.month)}.`,
      figures: [
        ...(warning.dissentWarning ? [{ label: 'Months without recorded dissent', value: String(warning.dissentMonths) }] : []),
        ...(warning.conflictSurfacedWarning ? [{ label: 'Months without conflict surfaced', value: String(warning.conflictSurfacedMonths) }] : []),
      ],
      references: [
        ...(warning.dissentWarning ? [{ kind: 'POWER_FIGURE' as const, id: 'dissentRate', label: 'Decisions with recorded dissent' }] : []),
        ...(warning.conflictSurfacedWarning ? [{ kind: 'POWER_FIGURE' as const, id: 'conflictSurfacedRate', label: 'Decisions with conflict surfaced' }] : []),
      ],
      weight: 0,
    },
  ];
}

function claimAction(rule: ActionRuleKey, claims: readonly ActionClaim[] | undefined, count: number | undefined, sentence: (n: number, oldest: ActionClaim) => string): Candidate[] {
  if (!claims?.length) return [];
  const n = Math.max(count ?? 0, claims.length);
  const oldest = [...claims].sort((a, b) => (a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : a.id < b.id ? -1 : 1))[0];
  return [
    {
      rule,
      text: sentence(n, oldest),
      figures: [{ label: rule === 'CLAIMS_AWAITING' ? 'Claims awaiting review' : 'Claims whose evidence changed', value: String(n) }],
      references: [...claims].map((claim) => ({ kind: 'CLAIM' as const, id: claim.id, label: claim.text })),
      weight: n,
    },
  ];
}

/**
 * The suggested actions for the month: every rule of ACTION_RULES tried on the month's figures, its actions ranked
 * by the rule's place in ACTION_RULES and within a rule by weight (the size of the problem, said in each rule's
 * text), at most `maxPerRule` from any rule and `maxActions` in all. Each action is one sentence citing the figures
 * behind it, and the records it rests on as references the page links to.
 */
export function suggestActions(input: ActionInput): SuggestedAction[] {
  const byRule: Record<ActionRuleKey, Candidate[]> = {
    PRACTICE_CONCERN: concerns(input, 'PRACTICE', 'PRACTICE_CONCERN'),
    POWER_CONCERN: concerns(input, 'POWER', 'POWER_CONCERN'),
    SECTOR_ONE_SIDED: oneSidedSectors(input),
    BROKEN_BRIDGE: brokenBridges(input),
    NEW_ISOLATE: newIsolates(input),
    TOO_COSY: tooCosy(input),
    CLAIM_EVIDENCE_CHANGED: claimAction('CLAIM_EVIDENCE_CHANGED', input.claims?.evidenceChanged, input.claims?.evidenceChangedCount, (n, oldest) =>
      `Re-check ${plural(n, 'claim whose', 'claims whose')} evidence changed since the verdict, starting with ${quoted(oldest.text)}.`,
    ),
    CLAIMS_AWAITING: claimAction('CLAIMS_AWAITING', input.claims?.awaiting, input.claims?.awaitingCount, (n, oldest) => `Review ${plural(n, 'claim', 'claims')} awaiting a verdict, oldest first: ${quoted(oldest.text)}.`),
  };
  return ACTION_RULES.flatMap(({ key }) => [...byRule[key]].sort((a, b) => b.weight - a.weight).slice(0, maxPerRule))
    .slice(0, maxActions)
    .map(({ weight: _, ...action }, i) => ({ ...action, rank: i + 1 }));
}

/**
 * suggestActions in two steps, for a review whose figures are kept while its claims are read as they stand: the
 * actions of the figures alone (suggestActions with `claims: null`), then the claims' actions after them. The same
 * list as suggestActions on the whole input, because the claims' rules rank last in ACTION_RULES.
 */
export function withClaimActions(figureActions: readonly SuggestedAction[], claims: ActionInput['claims']): SuggestedAction[] {
  const claimActions = suggestActions({ month: '', placeName: null, readings: [], tooCosy: null, network: null, claims });
  return [...figureActions, ...claimActions].slice(0, maxActions).map((action, i) => ({ ...action, rank: i + 1 }));
}
