import type { DecisionVersionFieldsFragment } from '../../../generated/graphql';
import {
  checkDecisionForm,
  decisionErrorTarget,
  decisionFormFields,
  decisionFormFrom,
  EMPTY_DECISION_FORM,
  NO_PARTICIPATION,
  namedParticipantErrors,
  type DecisionFormValues,
} from './decision-form';

const filled: DecisionFormValues = {
  ...EMPTY_DECISION_FORM,
  forumId: 'f1',
  date: { day: '12', month: '3', year: '2026' },
  title: '  Joint discharge team ',
  summary: 'Partners agreed to fund a joint discharge team.\n',
  proposerId: 'o1',
  outcome: 'AGREED',
  outsideForum: true,
  reopens: { id: 'd0', label: 'Discharge (1 May 2025)' },
  practices: ['SHARED_DECISIONS'],
  evidence: [{ url: ' https://example.nhs.uk/minutes.pdf ', title: 'Minutes ' }],
  participants: [
    { organisationId: 'o1', name: 'Northshire Hospital', ...NO_PARTICIPATION, affected: true, present: true, vote: true },
    { organisationId: 'o2', name: 'Northshire Carers', ...NO_PARTICIPATION, consulted: true },
  ],
};

const version: DecisionVersionFieldsFragment = {
  
  id: 'v2',
  version: 2,
  date: '2026-03-12',
  title: 'Joint discharge team',
  summary: 'Partners agreed to fund a joint discharge team.',
  outcome: 'AGREED',
  outsideForum: true,
  conflictSurfaced: false,
  practices: ['SHARED_DECISIONS'],
  author: 'Lee Leader',
  createdAt: '2026-03-20T10:00:00Z',
  reason: 'Minutes corrected',
  forum: { id: 'f1', name: 'North Place Board' },
  proposer: { id: 'o1', name: 'Northshire Hospital' },
  reopens: { id: 'd0', current: { id: 'v0', date: '2025-05-01', title: 'Discharge' } },
  evidence: [{ url: 'https://example.nhs.uk/minutes.pdf', title: 'Minutes' }],
  participants: [
    {
      
      organisation: { id: 'o2', name: 'Northshire Carers' },
      ...NO_PARTICIPATION,
      consulted: true,
    },
  ],
};

describe('the decision form', () => {
  it('sends the whole decision, text trimmed, and the reason when amending', () => {
    const checked = checkDecisionForm({ ...filled, reason: ' Minutes corrected ' }, true);
    expect(checked.problems).toEqual([]);
    expect(checked.input).toEqual({
      reason: 'Minutes corrected',
      input: {
        forumId: 'f1',
        date: '2026-03-12',
        title: 'Joint discharge team',
        summary: 'Partners agreed to fund a joint discharge team.',
        proposerId: 'o1',
        outcome: 'AGREED',
        outsideForum: true,
        conflictSurfaced: false,
        reopensId: 'd0',
        practices: ['SHARED_DECISIONS'],
        evidence: [{ url: 'https://example.nhs.uk/minutes.pdf', title: 'Minutes' }],
        participants: [
          { organisationId: 'o1', affected: true, present: true, consulted: false, vote: true, dissented: false, deputy: false, delegatedAuthority: false },
          { organisationId: 'o2', affected: false, present: false, consulted: true, vote: false, dissented: false, deputy: false, delegatedAuthority: false },
        ],
      },
    });
  });

  it('sends no proposer or reopened decision when none is chosen', () => {
    expect(checkDecisionForm({ ...filled, proposerId: '', reopens: null }, false).input?.input).toMatchObject({ proposerId: null, reopensId: null });
  });

  it('finds what is missing or wrong, in page order, and sends nothing', () => {
    const checked = checkDecisionForm(
      {
        ...EMPTY_DECISION_FORM,
        date: { day: '31', month: '2', year: '2026' },
        evidence: [{ url: 'ftp://example.nhs.uk/minutes.pdf', title: '' }],
        participants: [{ organisationId: 'o1', name: 'Northshire Hospital', ...NO_PARTICIPATION, delegatedAuthority: true }],
      },
      true,
    );
    expect(checked.input).toBeNull();
    expect(checked.problems.map((p) => p.field)).toEqual(['reason', 'forumId', 'date', 'title', 'summary', 'outcome', 'evidence.0.url', 'evidence.0.title', 'participants.0']);
    expect(checked.problems.find((p) => p.field === 'date')?.message).toBe('The date of the decision must be a real date');
    expect(checked.problems.find((p) => p.field === 'evidence.0.url')?.message).toBe('Enter a web address starting with https:// or http://');
    expect(checked.problems.find((p) => p.field === 'participants.0')?.message).toMatch(/deputies only/);
  });

  it('asks for a reason only when amending', () => {
    expect(checkDecisionForm(filled, false).problems).toEqual([]);
    expect(checkDecisionForm(filled, true).problems).toEqual([{ field: 'reason', message: 'Enter the reason for the amendment' }]);
  });

  it('fills the amend form from the decision as it stands, with an empty reason', () => {
    const values = decisionFormFrom(version);
    expect(values).toEqual({
      forumId: 'f1',
      date: { day: '12', month: '3', year: '2026' },
      title: 'Joint discharge team',
      summary: 'Partners agreed to fund a joint discharge team.',
      proposerId: 'o1',
      outcome: 'AGREED',
      outsideForum: true,
      conflictSurfaced: false,
      reopens: { id: 'd0', label: 'Discharge (1 May 2025)' },
      practices: ['SHARED_DECISIONS'],
      evidence: [{ url: 'https://example.nhs.uk/minutes.pdf', title: 'Minutes' }],
      participants: [{ organisationId: 'o2', name: 'Northshire Carers', ...NO_PARTICIPATION, consulted: true }],
      reason: '',
    });
    // Unchanged, it is what was recorded (the API then says the amendment changes nothing).
    expect(checkDecisionForm({ ...values, reason: 'x' }, true).input?.input).toMatchObject({ title: version.title, date: version.date, participants: [{ organisationId: 'o2', consulted: true }] });
  });

  it('links each field the API names to the control that fixes it', () => {
    expect(decisionErrorTarget('date')).toBe('date-day');
    expect(decisionErrorTarget('title')).toBe('title');
    expect(decisionErrorTarget('evidence.0.url')).toBe('evidence-0-url');
    expect(decisionErrorTarget('evidence.3.title')).toBe('evidence-3-title');
    expect(decisionErrorTarget('participants.2')).toBe('participants-2-affected');
    expect(decisionErrorTarget('participants.2.organisationId')).toBe('participants-2-affected');
    expect(decisionErrorTarget('participants')).toBe('participants-add');
    expect(decisionErrorTarget('basedOnVersion')).toBeUndefined();
  });

  it('orders fields as the page shows them, rows included', () => {
    expect(decisionFormFields({ ...filled, participants: filled.participants.slice(0, 1) }, true)).toEqual([
      'reason', 'forumId', 'date', 'title', 'summary', 'proposerId', 'outcome', 'outsideForum', 'conflictSurfaced', 'reopensId', 'practices',
      'evidence', 'evidence.0.url', 'evidence.0.title', 'participants', 'participants.0', 'participants.0.organisationId',
    ]);
  });

  it("starts a participant's summary line with the organisation's name", () => {
    const items = [
      { targetId: 'title', message: 'Enter the title' },
      { targetId: 'participants-1-affected', message: 'The organisation is not one of your system' },
      { message: 'Someone else amended it' },
    ];
    expect(namedParticipantErrors(items, filled.participants).map((item) => item.message)).toEqual([
      'Enter the title',
      'Northshire Carers: The organisation is not one of your system',
      'Someone else amended it',
    ]);
  });
});
