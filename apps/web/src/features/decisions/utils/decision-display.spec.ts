import { amendedText, amendmentName, decisionLabel, practicesText } from './decision-display';

describe('decision display', () => {
  it('names practices in the practices’ own order', () => {
    expect(practicesText(['SHARED_DECISIONS', 'SHARING_POWER'])).toBe('Sharing power; Shared decision-making');
    expect(practicesText([])).toBe('None recorded');
  });

  it('says how many times a decision was amended, from its current version', () => {
    expect(amendedText(1)).toBeNull();
    expect(amendedText(2)).toBe('Amended 1 time');
    expect(amendedText(4)).toBe('Amended 3 times');
    expect(amendmentName(2)).toBe('Amendment 1');
  });

  it('labels a decision by its title and day', () => {
    expect(decisionLabel({ title: 'Falls service', date: '2025-11-02' })).toBe('Falls service (2 November 2025)');
  });
});
