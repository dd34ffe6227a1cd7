import { FieldErrors } from '../common/errors';
import type { DecisionInput } from './dto/decision.input';
import { normaliseDecisionInput } from './decision-input.validation';

const ORG = '6f1c1f2e-8c55-4d5e-9f0e-1d2c3b4a5f60';
const FORUM = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const valid = (): DecisionInput => ({
  forumId: FORUM,
  date: '2026-05-01',
  title: '  Pooled   falls budget ',
  summary: ' Agreed. ',
  proposerId: '',
  outsideForum: false,
  conflictSurfaced: true,
  outcome: 'AGREED',
  reopensId: null,
  practices: ['SHARING_POWER', 'SHARING_POWER'],
  evidence: [{ url: ' https://example.nhs.uk/m.pdf ', title: 'Minutes' }],
  participants: [{ organisationId: ORG, affected: true, present: true, consulted: false, vote: true, dissented: false, deputy: false, delegatedAuthority: false }],
});

const problems = (input: DecisionInput) => {
  const errors = new FieldErrors();
  normaliseDecisionInput(input, errors);
  try {
    errors.throwIfAny();
    return [];
  } catch (error) {
    return (error as { extensions: { fieldErrors: { field: string }[] } }).extensions.fieldErrors.map((e) => e.field);
  }
};

describe('normaliseDecisionInput', () => {
  it('tidies text, drops an empty proposer and repeats of a practice', () => {
    const errors = new FieldErrors();
    const decision = normaliseDecisionInput(valid(), errors);
    expect(decision).toMatchObject({ title: 'Pooled falls budget', summary: 'Agreed.', proposerId: null, practices: ['SHARING_POWER'], evidence: [{ url: 'https://example.nhs.uk/m.pdf', title: 'Minutes' }] });
    expect(problems(valid())).toEqual([]);
  });

  it('names every field with a problem, down to the participant row and the evidence link', () => {
    const input = {
      ...valid(),
      date: '2026-02-30',
      title: ' ',
      forumId: 'forum',
      evidence: [{ url: 'javascript:alert(1)', title: '' }],
      participants: [valid().participants[0], { ...valid().participants[0], deputy: true, present: false }],
    };
    expect(problems(input)).toEqual(['date', 'title', 'forumId', 'evidence.0.url', 'evidence.0.title', 'participants.1.organisationId', 'participants.1']);
  });
});
