import { createHash } from 'node:crypto';
import { inPeriod, periodBefore, suggestVerdict, type ClaimDirection, type ClaimPeriod, type EvidenceReading, type VerdictSuggestion } from '@stewardship/evidence';
import type { Gathered, GatheredFigure } from './claim-evidence-gatherer';
import type { ClaimEvidenceKind, ClaimStatus } from './models/claim-enums';

export const CITED_NOT_WEIGHED =
  'Cited, not weighed: decisions and documents are read by the reviewer; the power-sharing figures carry the decision log into the suggested verdict.';

export interface SummaryItem<E> {
  evidence: E;
  /** Whether the figure was weighed for the suggested verdict (figures are; decisions and documents are cited). */
  weighed: boolean;
  /** The lib's reading of a figure; null for cited evidence. */
  reading: EvidenceReading | null;
  reason: string;
  /** The figure's values in the two periods, oldest first. */
  points: { date: string; value: number; inClaimPeriod: boolean }[];
  suppressedPoints: number;
}

export interface ClaimSummary<E> {
  suggestion: Pick<VerdictSuggestion, 'verdict' | 'rule' | 'ruleKey'>;
  periodBefore: ClaimPeriod;
  items: SummaryItem<E>[];
  /** A digest of every input of the suggestion (which evidence, and each figure's values): what a verdict is checked against. */
  fingerprint: string;
  /** The latest date of any figure's value; null with none. */
  dataThrough: string | null;
}

/**
 * A claim's evidence summary: each figure read by libs/evidence against the period before, the verdict it suggests,
 * and a fingerprint of everything that went into it.
 */
export function summariseClaim<E extends { id: string; kind: ClaimEvidenceKind }>(
  claim: { direction: ClaimDirection; from: string; to: string },
  items: readonly { evidence: E; gathered: Gathered }[],
): ClaimSummary<E> {
  const period = { from: claim.from, to: claim.to };
  const figures = items.filter((item): item is { evidence: E; gathered: { figure: GatheredFigure; decisionVersion: null } } => item.gathered.figure !== null);
  const { verdict, rule, ruleKey, perEvidence } = suggestVerdict(
    claim,
    figures.map(({ gathered: { figure } }) => ({ series: figure.points, improvement: figure.improvement, period, suppressedPoints: figure.suppressedPoints })),
  );
  const readings = new Map<unknown, EvidenceReading>(figures.map((item, i) => [item, perEvidence[i]]));
  const summaryItems = items.map((item): SummaryItem<E> => {
    const figure = item.gathered.figure;
    const reading = readings.get(item) ?? null;
    const points = [...(figure?.points ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1)).map((p) => ({ ...p, inClaimPeriod: inPeriod(p.date, period) }));
    return {
      evidence: item.evidence,
      weighed: figure !== null,
      reading,
      reason: reading?.reason ?? CITED_NOT_WEIGHED,
      points,
      suppressedPoints: figure?.suppressedPoints ?? 0,
    };
  });
  const dates = figures.flatMap(({ gathered }) => gathered.figure.points.map((p) => p.date)).sort();
  return { suggestion: { verdict, rule, ruleKey }, periodBefore: periodBefore(period), items: summaryItems, fingerprint: evidenceFingerprint(items), dataThrough: dates.at(-1) ?? null };
}

/**
 * SHA-256 of which evidence is linked and what was gathered for each (a figure's values and withheld count, a cited
 * decision's current version), in link order. Equal inputs give equal digests; a new month of data, a corrected
 * value, an amended decision or a new link each change it.
 */
export function evidenceFingerprint(items: readonly { evidence: { id: string }; gathered: Gathered }[]): string {
  const inputs = items.map(({ evidence, gathered }) =>
    gathered.figure
      ? [evidence.id, [...gathered.figure.points].sort((a, b) => (a.date < b.date ? -1 : 1)).map((p) => [p.date, p.value]), gathered.figure.suppressedPoints]
      : [evidence.id, gathered.decisionVersion],
  );
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** Awaiting review with no verdict; reviewed while the evidence is as it was at the latest verdict; changed after. */
export function claimStatus(latestVerdict: { evidenceFingerprint: string } | null, fingerprint: string): ClaimStatus {
  if (!latestVerdict) return 'AWAITING';
  return latestVerdict.evidenceFingerprint === fingerprint ? 'REVIEWED' : 'CHANGED';
}

/** A summary as kept (claim_summaries): each item names its evidence by id, the evidence rows being read fresh. */
export type KeptClaimSummary = Omit<ClaimSummary<never>, 'items'> & { items: (Omit<SummaryItem<never>, 'evidence'> & { evidenceId: string })[] };

export function keptSummaryOf(summary: ClaimSummary<{ id: string }>): KeptClaimSummary {
  return { ...summary, items: summary.items.map(({ evidence, ...item }) => ({ ...item, evidenceId: evidence.id })) };
}

/** The kept summary with its evidence rows; null when it names evidence the claim no longer has (then it is worked out again). */
export function summaryFromKept<E extends { id: string }>(kept: KeptClaimSummary, evidence: readonly E[]): ClaimSummary<E> | null {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  if (kept.items.length !== evidence.length || kept.items.some((item) => !byId.has(item.evidenceId))) return null;
  return { ...kept, items: kept.items.map(({ evidenceId, ...item }) => ({ ...item, evidence: byId.get(evidenceId) as E })) };
}

/**
 * The last month (yyyy-mm) whose data a claim's summary reads: its period's last, or null (every month) when it
 * cites a decision, whose amendments are counted in the month the decision is dated, which may be later.
 */
export function summaryDataMonth(claim: { to: string }, evidence: readonly { kind: ClaimEvidenceKind }[]): string | null {
  return evidence.some((e) => e.kind === 'DECISION') ? null : claim.to.slice(0, 7);
}

/** What a kept summary holds for: the data's version up to its last month, the newest round opened, and which evidence is linked. */
export function summaryStamp(inputsVersion: string, latestOpenedMonth: string, evidenceIds: readonly string[]): string {
  const evidence = createHash('sha256').update([...evidenceIds].sort().join(',')).digest('hex');
  return `${inputsVersion}|${latestOpenedMonth}|${evidence}`;
}
