import { RELATIONSHIP_SUMMARY_HELP } from '@stewardship/scores';
import { givenFigures, receivedFigures, type RelationshipSummary } from './relationship-figures';

const shownGiven: RelationshipSummary['given'] = { suppressed: false, suppressionReason: null, respondents: 4, partnersRated: 2, ratings: 8 };
const shownReceived: RelationshipSummary['received'] = {
  suppressed: false,
  suppressionReason: null,
  respondents: 5,
  ratingOrganisations: 2,
  ratings: 5,
  meanTrust: 3.8,
  meanValue: 2.8,
};

describe('givenFigures', () => {
  it('lists respondents, partners rated and ratings given, each with how it is counted', () => {
    expect(givenFigures(shownGiven)).toEqual([
      { label: 'Respondents', value: '4', help: RELATIONSHIP_SUMMARY_HELP.givenRespondents },
      { label: 'Partners rated', value: '2', help: RELATIONSHIP_SUMMARY_HELP.partnersRated },
      { label: 'Ratings given', value: '8', help: RELATIONSHIP_SUMMARY_HELP.ratingsGiven },
    ]);
  });

  it('shows nothing when hidden', () => {
    expect(givenFigures({ ...shownGiven, suppressed: true, suppressionReason: 'Too few', respondents: null, partnersRated: null, ratings: null })).toBeNull();
  });
});

describe('receivedFigures', () => {
  it('prints means to two places with the number of ratings behind them', () => {
    const figures = receivedFigures(shownReceived);
    expect(figures?.map((f) => [f.label, f.value])).toEqual([
      ['Respondents', '5'],
      ['Rating partners', '2'],
      ['Ratings received', '5'],
      ['Mean trust received', '3.80 (n 5)'],
      ['Mean value received', '2.80 (n 5)'],
    ]);
    expect(figures?.[3].help).toBe(RELATIONSHIP_SUMMARY_HELP.meanTrust);
  });

  it('shows nothing when hidden', () => {
    expect(receivedFigures({ ...shownReceived, suppressed: true, meanTrust: null, meanValue: null })).toBeNull();
  });
});
