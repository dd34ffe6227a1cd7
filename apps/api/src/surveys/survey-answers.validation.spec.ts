import { PRACTICE_KEYS } from '@stewardship/domain';
import { FieldErrors } from '../common/errors';
import type { SurveyAnswersModel } from './models/survey-form.model';
import { checkSurveyAnswers } from './survey-answers.validation';

const OWN = 'own-org';
const PARTNER = 'partner-org';
const complete = (): SurveyAnswersModel => ({
  practiceScores: PRACTICE_KEYS.map((practice, i) => ({ practice, score: (i % 5) + 1, comment: null })),
  direction: 4,
  alignment: 3,
  commitment: 5,
  relationships: [{ organisationId: PARTNER, trust: 4, value: 5, contactFrequency: 'MONTHLY', type: 'INFORMAL', note: null }],
});

function fieldsOf(answers: SurveyAnswersModel, submitting: boolean): string[] {
  const errors = new FieldErrors();
  checkSurveyAnswers(answers, { ownOrganisationId: OWN, partnerIds: new Set([PARTNER]), submitting }, errors);
  try {
    errors.throwIfAny();
    return [];
  } catch (error) {
    return (error as { extensions: { fieldErrors: { field: string }[] } }).extensions.fieldErrors.map((e) => e.field);
  }
}

describe('checkSurveyAnswers', () => {
  it('accepts a complete response, and an empty draft', () => {
    expect(fieldsOf(complete(), true)).toEqual([]);
    expect(fieldsOf({ practiceScores: [], relationships: [] }, false)).toEqual([]);
  });

  it('on submit, names every practice left unscored and every relationship detail missing', () => {
    const answers = complete();
    answers.practiceScores = answers.practiceScores.filter((a) => a.practice !== 'SHARED_PURPOSE');
    answers.relationships = [{ organisationId: PARTNER, trust: 3 }];
    expect(fieldsOf(answers, true)).toEqual([
      'practiceScores.SHARED_PURPOSE',
      `relationships.${PARTNER}.value`,
      `relationships.${PARTNER}.contactFrequency`,
      `relationships.${PARTNER}.type`,
    ]);
    expect(fieldsOf(answers, false)).toEqual([]);
  });

  it('refuses scores outside 1–5 or not whole, even in a draft', () => {
    const answers = complete();
    answers.practiceScores[0].score = 6;
    answers.practiceScores[1].score = 0;
    answers.practiceScores[2].score = 2.5;
    answers.direction = 7;
    answers.relationships[0].trust = -1;
    expect(fieldsOf(answers, false)).toEqual([
      'practiceScores.SAFE_ENVIRONMENT',
      'practiceScores.HEALTHY_RELATIONSHIPS',
      'practiceScores.SHARED_PURPOSE',
      'direction',
      `relationships.${PARTNER}.trust`,
    ]);
  });

  it("refuses a rating of one's own organisation or of an organisation not offered", () => {
    const answers = complete();
    answers.relationships = [
      { organisationId: OWN, trust: 5, value: 5, contactFrequency: 'WEEKLY', type: 'INFORMAL' },
      { organisationId: 'elsewhere', trust: 5, value: 5, contactFrequency: 'WEEKLY', type: 'INFORMAL' },
    ];
    expect(fieldsOf(answers, true)).toEqual([`relationships.${OWN}.organisationId`, 'relationships.elsewhere.organisationId']);
  });
});
