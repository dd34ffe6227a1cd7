import { practiceByKey, type DecisionParticipation } from '@stewardship/domain';
import type { Practice } from '../../../generated/graphql';
import { countText } from '../../../shared/utils/count-text';
import { formatDay } from '../../../shared/utils/format-dates';

/** How an organisation took part, in the order the log records it, with the column headings the page uses. */
export const PARTICIPATION_COLUMNS: readonly { key: keyof DecisionParticipation; label: string }[] = [
  { key: 'affected', label: 'Affected' },
  { key: 'present', label: 'Present' },
  { key: 'consulted', label: 'Consulted' },
  { key: 'vote', label: 'Vote' },
  { key: 'dissented', label: 'Dissented' },
  { key: 'deputy', label: 'Deputy' },
  { key: 'delegatedAuthority', label: 'Delegated authority' },
];

/** The practices a decision bears on, by name, in the practices' own order; "None recorded" when there are none. */
export function practicesText(practices: readonly Practice[]): string {
  if (practices.length === 0) return 'None recorded';
  return [...practices]
    .map(practiceByKey)
    .sort((a, b) => a.number - b.number)
    .map((practice) => practice.name)
    .join('; ');
}

/** "Amended 1 time", "Amended 3 times", from the current version number; null for a decision never amended. */
export function amendedText(currentVersion: number): string | null {
  return currentVersion > 1 ? `Amended ${countText(currentVersion - 1, 'time')}` : null;
}

/** "Amendment 2": what the history calls version 3. */
export function amendmentName(version: number): string {
  return `Amendment ${version - 1}`;
}

/** "Joint discharge team (12 March 2026)": how a decision is named where it is linked or chosen. */
export function decisionLabel(decision: { title: string; date: string }): string {
  return `${decision.title} (${formatDay(decision.date)})`;
}
