import { DECISION_OUTCOMES, evidenceUrlProblem, isDecisionOutcome, participationProblem, requiredTextProblem, type DecisionParticipation } from './decisions';

const none: DecisionParticipation = { affected: false, present: false, consulted: false, vote: false, dissented: false, deputy: false, delegatedAuthority: false };

describe('decision rules', () => {
  it('knows the three outcomes and nothing else', () => {
    expect(DECISION_OUTCOMES).toEqual(['AGREED', 'DEFERRED', 'REJECTED']);
    expect(isDecisionOutcome('AGREED')).toBe(true);
    expect(isDecisionOutcome('agreed')).toBe(false);
  });

  it('asks for a required text by its label and limits its length', () => {
    expect(requiredTextProblem('  ', 'Title', 10)).toBe('Enter the title');
    expect(requiredTextProblem('x'.repeat(11), 'Title', 10)).toBe('Title must be 10 characters or fewer');
    expect(requiredTextProblem(' Pooled budget ', 'Title', 20)).toBeNull();
  });

  it.each([
    ['https://example.nhs.uk/board/2026-03.pdf', null],
    ['http://intranet.example/minutes', null],
    ['', 'Enter the address of the evidence'],
    ['example.nhs.uk/minutes', 'Enter a full web address, starting with https://'],
    ['javascript:alert(1)', 'Enter a web address starting with https:// or http://'],
    ['file:///etc/passwd', 'Enter a web address starting with https:// or http://'],
  ])('evidence address %j → %j', (url, problem) => {
    expect(evidenceUrlProblem(url)).toBe(problem);
  });

  it('refuses participation that cannot be true together', () => {
    expect(participationProblem({ ...none, dissented: true, consulted: true })).toBeNull();
    expect(participationProblem({ ...none, present: true, delegatedAuthority: true })).toMatch(/deputies only/);
    expect(participationProblem({ ...none, deputy: true })).toMatch(/tick present/);
    expect(participationProblem({ ...none, present: true, deputy: true, delegatedAuthority: true, vote: true, affected: true })).toBeNull();
  });
});
