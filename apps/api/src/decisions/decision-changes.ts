import { DECISION_OUTCOME_LABELS, practiceByKey } from '@stewardship/domain';
import type { NormalisedDecision } from './decision-input.validation';

/** What a reader sees of a version: its fields, with ids already turned into names by the caller. */
export type ComparableDecision = Omit<NormalisedDecision, 'forumId' | 'proposerId' | 'reopensId' | 'participants'> & {
  forum: string;
  proposer: string | null;
  reopens: string | null;
  participants: (NormalisedDecision['participants'][number] & { organisation: string })[];
};

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const ROLES = [
  ['affected', 'affected'],
  ['present', 'present'],
  ['consulted', 'consulted'],
  ['vote', 'vote'],
  ['dissented', 'dissented'],
  ['deputy', 'deputy'],
  ['delegatedAuthority', 'delegated authority'],
] as const;

/** "present, vote" — the parts of a participant row that are ticked, or "none". */
function participationText(p: ComparableDecision['participants'][number]): string {
  const ticked = ROLES.filter(([key]) => p[key]).map(([, label]) => label);
  return ticked.length ? ticked.join(', ') : 'none';
}

/**
 * The fields an amendment changed, in the form's order, each as text before and after ("Outcome: Deferred →
 * Agreed"; a participant added shows "not listed" before). Unchanged fields are left out.
 */
export function decisionChanges(before: ComparableDecision, after: ComparableDecision): { field: string; before: string; after: string }[] {
  const text = (d: ComparableDecision): [string, string][] => [
    ['Forum', d.forum],
    ['Date', d.date],
    ['Title', d.title],
    ['Summary', d.summary],
    ['Proposed by', d.proposer ?? 'Nobody recorded'],
    ['Taken outside the forum', yesNo(d.outsideForum)],
    ['Conflict surfaced', yesNo(d.conflictSurfaced)],
    ['Outcome', DECISION_OUTCOME_LABELS[d.outcome]],
    ['Reopens', d.reopens ?? 'None'],
    ['Practices', d.practices.map((key) => practiceByKey(key).name).join('; ') || 'None'],
    ['Evidence', d.evidence.map((link) => `${link.title} (${link.url})`).join('; ') || 'None'],
  ];
  const changes = text(before)
    .map(([field, value], i) => ({ field, before: value, after: text(after)[i][1] }))
    .filter((change) => change.before !== change.after);

  const byOrganisation = (d: ComparableDecision) => new Map(d.participants.map((p) => [p.organisationId, p]));
  const [old, now] = [byOrganisation(before), byOrganisation(after)];
  const organisations = [...new Set([...old.keys(), ...now.keys()])];
  const name = (id: string) => (now.get(id) ?? old.get(id))!.organisation;
  for (const id of organisations.sort((a, b) => name(a).localeCompare(name(b)))) {
    const [was, is] = [old.get(id), now.get(id)];
    const [wasText, isText] = [was ? participationText(was) : 'not listed', is ? participationText(is) : 'not listed'];
    if (wasText !== isText) changes.push({ field: `Participant: ${name(id)}`, before: wasText, after: isText });
  }
  return changes;
}
