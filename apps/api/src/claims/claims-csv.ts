import { practiceByKey, type PracticeKey } from '@stewardship/domain';
import { CLAIM_DIRECTION_HELP, VERDICT_LABELS, type ClaimDirection, type Verdict } from '@stewardship/evidence';
import Papa from 'papaparse';
import type { ClaimStatus } from './models/claim-enums';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  AWAITING: 'Awaiting review',
  REVIEWED: 'Reviewed',
  CHANGED: 'Evidence changed since review',
};

/** One claim as the list shows it, with names in place of ids. */
export interface ClaimCsvRow {
  madeOn: string;
  text: string;
  madeBy: string;
  madeByRole: string;
  sourceTitle: string;
  sourcePage: string | null;
  sourceUrl: string | null;
  from: string;
  to: string;
  practices: PracticeKey[];
  direction: ClaimDirection;
  place: string | null;
  partners: string[];
  evidenceCount: number;
  suggestedVerdict: Verdict;
  rule: string;
  status: ClaimStatus;
  latest: { verdict: Verdict; accepted: boolean; reason: string | null; reviewer: string; reviewedAt: Date } | null;
}

const COLUMNS: [string, (row: ClaimCsvRow) => string | number][] = [
  ['Made on', (r) => r.madeOn],
  ['Claim', (r) => r.text],
  ['Made by', (r) => r.madeBy],
  ['Role', (r) => r.madeByRole],
  ['Document', (r) => r.sourceTitle],
  ['Page', (r) => r.sourcePage ?? ''],
  ['Link', (r) => r.sourceUrl ?? ''],
  ['Period from', (r) => r.from],
  ['Period to', (r) => r.to],
  ['Practices', (r) => r.practices.map((key) => practiceByKey(key).name).join('; ')],
  ['Direction', (r) => CLAIM_DIRECTION_HELP[r.direction].label],
  ['Place', (r) => r.place ?? 'Whole system'],
  ['Partners', (r) => r.partners.join('; ')],
  ['Evidence linked', (r) => r.evidenceCount],
  ['Suggested verdict', (r) => VERDICT_LABELS[r.suggestedVerdict]],
  ['Rule', (r) => r.rule],
  ['Status', (r) => CLAIM_STATUS_LABELS[r.status]],
  ['Verdict', (r) => (r.latest ? VERDICT_LABELS[r.latest.verdict] : '')],
  ['Suggestion accepted', (r) => (r.latest ? (r.latest.accepted ? 'yes' : 'no') : '')],
  ['Reason', (r) => r.latest?.reason ?? ''],
  ['Reviewed by', (r) => r.latest?.reviewer ?? ''],
  ['Reviewed at', (r) => r.latest?.reviewedAt.toISOString() ?? ''],
];

/**
 * The claims list as CSV, one row per claim with its suggested verdict, status and latest verdict. Cells that a
 * spreadsheet would run as a formula (=, +, -, @ …) are prefixed with ' by papaparse's escapeFormulae, as the
 * register export does.
 */
export function claimsCsv(rows: readonly ClaimCsvRow[]): string {
  return Papa.unparse({ fields: COLUMNS.map(([header]) => header), data: rows.map((row) => COLUMNS.map(([, cell]) => cell(row))) }, { escapeFormulae: true, newline: '\r\n' });
}
