import { CONTACT_FREQUENCIES, RELATIONSHIP_TYPES } from './demo-survey';

describe('relationship rating vocabularies', () => {
  it('lists contact frequencies from most to least frequent', () => {
    expect(CONTACT_FREQUENCIES).toEqual(['WEEKLY', 'MONTHLY', 'QUARTERLY', 'RARELY']);
  });

  it('lists the three kinds of relationship', () => {
    expect(RELATIONSHIP_TYPES).toEqual(['FORMAL_AGREEMENT', 'JOINT_PROGRAMME', 'INFORMAL']);
  });
});
