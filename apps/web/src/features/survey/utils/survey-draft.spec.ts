import {
  answersInputFrom,
  controlIdFor,
  draftFromAnswers,
  emptyRelationship,
  fieldOrder,
  practiceLegend,
  problemsBeforeSubmit,
  partnerProgressText,
  progressText,
  surveyDraftReducer,
  type SurveyDraft,
} from './survey-draft';

const saved = {
  practiceScores: [
    { practice: 'HEALTHY_RELATIONSHIPS' as const, score: 4, comment: 'Better since the away day' },
    { practice: 'SHARING_POWER' as const, score: 2, comment: null },
  ],
  direction: 3,
  alignment: null,
  commitment: null,
  relationships: [{ organisationId: 'org-9', trust: 5, value: null, contactFrequency: 'WEEKLY' as const, type: null, note: null }],
};

describe('the survey draft', () => {
  it('restores saved answers, with every practice present', () => {
    const draft = draftFromAnswers(saved);
    expect(Object.keys(draft.practices)).toHaveLength(6);
    expect(draft.practices.HEALTHY_RELATIONSHIPS).toEqual({ score: 4, comment: 'Better since the away day' });
    expect(draft.practices.SAFE_ENVIRONMENT).toEqual({ score: null, comment: '' });
    expect(draft.direction).toBe(3);
    expect(draft.relationships).toEqual([{ organisationId: 'org-9', trust: 5, value: null, contactFrequency: 'WEEKLY', type: null, note: '' }]);
    expect(progressText(draft)).toBe('2 of 6 practices answered');
  });

  it('counts a partner as rated once trust, value, contact and type are all chosen, the note being optional', () => {
    let draft = draftFromAnswers(saved);
    draft = { ...draft, relationships: [] };
    expect(partnerProgressText(draft)).toBe('No partners added yet');
    draft = surveyDraftReducer(draft, { type: 'addPartner', organisationId: 'org-2' });
    expect(partnerProgressText(draft)).toBe('0 of 1 partner rated');
    draft = surveyDraftReducer(draft, { type: 'addPartner', organisationId: 'org-3' });
    draft = surveyDraftReducer(draft, { type: 'relationship', organisationId: 'org-2', change: { trust: 4, value: 3, contactFrequency: 'WEEKLY' } });
    expect(partnerProgressText(draft)).toBe('0 of 2 partners rated');
    draft = surveyDraftReducer(draft, { type: 'relationship', organisationId: 'org-2', change: { type: 'INFORMAL' } });
    expect(partnerProgressText(draft)).toBe('1 of 2 partners rated');
  });

  it('sends every practice in order, with empty text as null', () => {
    const draft = draftFromAnswers(saved);
    draft.practices.SAFE_ENVIRONMENT.comment = '   ';
    draft.relationships[0].note = ' Monthly board ';
    const input = answersInputFrom(draft);
    expect(input.practiceScores.map((a) => a.practice)).toEqual([
      'SAFE_ENVIRONMENT',
      'HEALTHY_RELATIONSHIPS',
      'SHARED_PURPOSE',
      'SHARING_POWER',
      'MANAGING_CONFLICT',
      'SHARED_DECISIONS',
    ]);
    expect(input.practiceScores[0]).toEqual({ practice: 'SAFE_ENVIRONMENT', score: null, comment: null });
    expect(input.relationships[0].note).toBe('Monthly board');
    expect(input).toMatchObject({ direction: 3, alignment: null, commitment: null });
  });

  it('asks for every practice and a full rating of each partner added before submitting', () => {
    const draft: SurveyDraft = draftFromAnswers(saved);
    draft.relationships.push(emptyRelationship('org-2'));
    const problems = problemsBeforeSubmit(draft, (id) => (id === 'org-9' ? 'Northshire Hospice' : 'Ashby Borough Council'));
    expect(problems.map((p) => p.field)).toEqual([
      'practiceScores.SAFE_ENVIRONMENT',
      'practiceScores.SHARED_PURPOSE',
      'practiceScores.MANAGING_CONFLICT',
      'practiceScores.SHARED_DECISIONS',
      'relationships.org-9.value',
      'relationships.org-9.type',
      'relationships.org-2.trust',
      'relationships.org-2.value',
      'relationships.org-2.contactFrequency',
      'relationships.org-2.type',
    ]);
    expect(problems[0].message).toBe('Choose a score from 1 to 5 for "1. Safe, inclusive and trusting environment"');
    expect(problems[4].message).toBe('Choose a value rating from 1 to 5 for Northshire Hospice');
  });

  it('checks comments and notes with the rule the API uses', () => {
    const draft: SurveyDraft = draftFromAnswers(saved);
    draft.practices.HEALTHY_RELATIONSHIPS.comment = 'x'.repeat(2001);
    draft.relationships[0].note = 'Broken \uD83C character';
    const problems = problemsBeforeSubmit(draft, () => 'Northshire Hospice');
    expect(problems).toContainEqual({ field: 'practiceScores.HEALTHY_RELATIONSHIPS', message: 'The comment on "Healthy relationships" must be 2000 characters or fewer' });
    expect(problems).toContainEqual({ field: 'relationships.org-9.note', message: 'The note contains a broken character (half of an emoji or symbol); retype it' });
  });

  it('links each API field to its control, in page order', () => {
    expect(controlIdFor('practiceScores.SHARED_PURPOSE')).toBe('practice-SHARED_PURPOSE');
    expect(controlIdFor('direction')).toBe('direction');
    expect(controlIdFor('relationships.org-9.trust')).toBe('partner-org-9-trust');
    expect(controlIdFor('relationships.org-9.organisationId')).toBe('partner-org-9-heading');
    expect(controlIdFor('practiceScores')).toBeUndefined();
    expect(fieldOrder(draftFromAnswers(saved)).slice(5, 10)).toEqual([
      'practiceScores.SHARED_DECISIONS',
      'direction',
      'alignment',
      'commitment',
      'relationships.org-9.organisationId',
    ]);
    expect(practiceLegend('SHARED_PURPOSE')).toBe('3. Shared purpose and shared identity');
  });
});

describe('surveyDraftReducer', () => {
  const start = draftFromAnswers({ practiceScores: [], direction: null, alignment: null, commitment: null, relationships: [] });

  it('records scores, comments and the three questions', () => {
    let draft = surveyDraftReducer(start, { type: 'practiceScore', practice: 'SHARED_DECISIONS', score: 2 });
    draft = surveyDraftReducer(draft, { type: 'practiceComment', practice: 'SHARED_DECISIONS', comment: 'Decided elsewhere' });
    draft = surveyDraftReducer(draft, { type: 'outcome', question: 'commitment', score: 5 });
    expect(draft.practices.SHARED_DECISIONS).toEqual({ score: 2, comment: 'Decided elsewhere' });
    expect(draft.commitment).toBe(5);
    expect(start.practices.SHARED_DECISIONS.score).toBeNull();
  });

  it('adds a partner once, rates it and removes it', () => {
    let draft = surveyDraftReducer(start, { type: 'addPartner', organisationId: 'org-1' });
    expect(surveyDraftReducer(draft, { type: 'addPartner', organisationId: 'org-1' })).toBe(draft);
    draft = surveyDraftReducer(draft, { type: 'relationship', organisationId: 'org-1', change: { trust: 4, type: 'INFORMAL' } });
    expect(draft.relationships).toEqual([{ ...emptyRelationship('org-1'), trust: 4, type: 'INFORMAL' }]);
    expect(surveyDraftReducer(draft, { type: 'removePartner', organisationId: 'org-1' }).relationships).toEqual([]);
  });
});
