import { NETWORK_DEFINITIONS, WEAK_LINK_KINDS } from '@stewardship/network';
import type { WeakLinkKind } from '../../../generated/graphql';
import { sectorLabel } from './network-colours';
import { pairKey, type NetworkNode, type NetworkTie, type NetworkWeakLink, type PartnerNetwork } from './network-graph';

/** "Weak tie", "Missing tie": each kind's name as the network lib's help text gives it. */
export const weakLinkKindName = (kind: WeakLinkKind) => NETWORK_DEFINITIONS[kind].title;

const decimals = (digits: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const signed = (digits: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' });

/** Strength (0–1) to two decimals. */
export const formatStrength = (value: number) => decimals(2).format(value);
/** Normalised betweenness (0–1) to three decimals: most partners' are small. */
export const formatBetweenness = (value: number) => decimals(3).format(value);
/** A share as a percentage to one decimal. */
export const formatShare = (value: number) => `${decimals(1).format(value * 100)}%`;
/** An index from −1 to 1 (E–I) to two decimals, signed. */
export const formatIndex = (value: number) => signed(2).format(value);

/** A change since the previous month, signed; "new" when the partner or tie was not there the month before. */
export function formatChange(value: number | null, digits: number): string {
  return value === null ? 'New this month' : signed(digits).format(value);
}

/** A partner's changes since last month in one line; "New this month" when it was not in last month's network. */
export function changeText(node: Pick<NetworkNode, 'degreeChange' | 'strengthChange' | 'betweennessChange'>): string {
  if (node.degreeChange === null) return formatChange(null, 0);
  return `ties ${formatChange(node.degreeChange, 0)}, strength ${formatChange(node.strengthChange, 2)}, brokerage ${formatChange(node.betweennessChange, 3)}`;
}

/** For a figure the API leaves empty (e.g. reciprocity of a network without ties): why is in its help text. */
export function formatFigure(value: number | null, format: (value: number) => string): string {
  return value === null ? 'Not available' : format(value);
}

/** The partner names of a network by id, to say who a tie or flag is about. */
export function partnerNames(network: PartnerNetwork): Map<string, string> {
  return new Map(network.nodes.map((node) => [node.organisationId, node.name]));
}

/** The weak links flagged on each partner: its own (peripheral) and those of the pairs it is part of. */
export function flagsByPartner(weakLinks: readonly NetworkWeakLink[]): Map<string, NetworkWeakLink[]> {
  const flags = new Map<string, NetworkWeakLink[]>();
  const add = (id: string, link: NetworkWeakLink) => flags.set(id, [...(flags.get(id) ?? []), link]);
  for (const link of weakLinks) {
    add(link.sourceId, link);
    if (link.targetId) add(link.targetId, link);
  }
  return flags;
}

/** "Low strength, One-sided (2)": each kind once, in the vocabulary's order, with how many when more than one. */
export function flagsText(links: readonly NetworkWeakLink[]): string {
  return WEAK_LINK_KINDS.map((kind) => [kind, links.filter((link) => link.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => (count > 1 ? `${weakLinkKindName(kind)} (${count})` : weakLinkKindName(kind)))
    .join(', ');
}

export interface WeakLinkRow {
  id: string;
  kind: WeakLinkKind;
  kindLabel: string;
  source: { id: string; name: string };
  target: { id: string; name: string } | null;
  /** The map's link for a pair (its pair key), or null for a partner flag. */
  linkId: string | null;
  reason: string;
}

export function weakLinkRows(network: PartnerNetwork): WeakLinkRow[] {
  const names = partnerNames(network);
  const partner = (id: string) => ({ id, name: names.get(id) ?? 'A partner outside this network' });
  return network.weakLinks.map((link) => ({
    id: link.id,
    kind: link.kind,
    kindLabel: weakLinkKindName(link.kind),
    source: partner(link.sourceId),
    target: link.targetId ? partner(link.targetId) : null,
    linkId: link.targetId ? pairKey(link.sourceId, link.targetId) : null,
    reason: link.reason,
  }));
}

export interface PartnerRow {
  node: NetworkNode;
  sector: string;
  flags: string;
}

export function partnerRows(network: PartnerNetwork): PartnerRow[] {
  const flags = flagsByPartner(network.weakLinks);
  return network.nodes.map((node) => ({ node, sector: sectorLabel(node.sector), flags: flagsText(flags.get(node.organisationId) ?? []) }));
}

/** A partner's ties, strongest first, with who is at the other end and each side's view. */
export function partnerTies(network: PartnerNetwork, id: string): { tie: NetworkTie; other: { id: string; name: string }; theirView: number | null; ownView: number | null }[] {
  const names = partnerNames(network);
  return network.ties
    .filter((tie) => tie.sourceId === id || tie.targetId === id)
    .map((tie) => {
      const forward = tie.sourceId === id;
      const otherId = forward ? tie.targetId : tie.sourceId;
      return { tie, other: { id: otherId, name: names.get(otherId) ?? otherId }, ownView: forward ? tie.forwardStrength : tie.backwardStrength, theirView: forward ? tie.backwardStrength : tie.forwardStrength };
    })
    .sort((a, b) => b.tie.strength - a.tie.strength || a.other.name.localeCompare(b.other.name));
}

export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by one column, numbers as numbers and text as text; empty values last either way. */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => string | number | null, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB'));
  });
}

/** The partner a search means: the one so named (any case), else the first whose name starts with, then contains, the text. */
export function findPartner<Partner extends { name: string }>(partners: readonly Partner[], text: string): Partner | null {
  const wanted = text.trim().toLocaleLowerCase('en-GB');
  if (!wanted) return null;
  const name = (partner: Partner) => partner.name.toLocaleLowerCase('en-GB');
  return partners.find((p) => name(p) === wanted) ?? partners.find((p) => name(p).startsWith(wanted)) ?? partners.find((p) => name(p).includes(wanted)) ?? null;
}
