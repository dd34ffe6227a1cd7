import { decisionChanges, type ComparableDecision } from './decision-changes';

const participant = { organisationId: 'a', organisation: 'Ashby Carers', affected: true, present: true, consulted: false, vote: false, dissented: false, deputy: false, delegatedAuthority: false };
const decision: ComparableDecision = {
  forum: 'Ashby Place Board',
  date: '2026-05-01',
  title: 'Falls service',
  summary: 'Agreed.',
  proposer: 'Ashby Trust',
  outsideForum: false,
  conflictSurfaced: false,
  outcome: 'DEFERRED',
  reopens: null,
  practices: ['SHARING_POWER'],
  evidence: [],
  participants: [participant],
};

describe('decisionChanges', () => {
  it('lists nothing when nothing changed', () => {
    expect(decisionChanges(decision, { ...decision })).toEqual([]);
  });

  it('says each changed field in words, before and after, in the form’s order', () => {
    const after = { ...decision, outcome: 'AGREED' as const, conflictSurfaced: true, practices: [], proposer: null };
    expect(decisionChanges(decision, after)).toEqual([
      { field: 'Proposed by', before: 'Ashby Trust', after: 'Nobody recorded' },
      { field: 'Conflict surfaced', before: 'No', after: 'Yes' },
      { field: 'Outcome', before: 'Deferred', after: 'Agreed' },
      { field: 'Practices', before: 'Sharing power', after: 'None' },
    ]);
  });

  it('shows participants added, removed and changed by name', () => {
    const added = { ...participant, organisationId: 'b', organisation: 'Brackenford Council', affected: false, present: false };
    const after = { ...decision, participants: [added] };
    expect(decisionChanges(decision, after)).toEqual([
      { field: 'Participant: Ashby Carers', before: 'affected, present', after: 'not listed' },
      { field: 'Participant: Brackenford Council', before: 'not listed', after: 'none' },
    ]);
  });
});
