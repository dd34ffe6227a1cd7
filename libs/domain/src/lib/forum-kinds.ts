import { isOneOf } from './is-one-of';

/** The decision-making bodies of an ICS whose seats and decisions Stewardship records. */
export const FORUM_KINDS = ['ICB_BOARD', 'ICP', 'PLACE_BOARD', 'PROVIDER_COLLABORATIVE', 'PROGRAMME_BOARD'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

export const FORUM_KIND_LABELS: Record<ForumKind, string> = {
  ICB_BOARD: 'ICB board',
  ICP: 'Integrated care partnership',
  PLACE_BOARD: 'Place board',
  PROVIDER_COLLABORATIVE: 'Provider collaborative',
  PROGRAMME_BOARD: 'Programme board',
};

export function isForumKind(value: unknown): value is ForumKind {
  return isOneOf(FORUM_KINDS, value);
}
