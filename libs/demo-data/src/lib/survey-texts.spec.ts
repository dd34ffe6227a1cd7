import { PRACTICE_KEYS } from '@stewardship/domain';
import { ONE_SIDED_NOTES, PRACTICE_COMMENTS, RELATIONSHIP_NOTES, sentimentOf, WEAKENING_NOTES, type Sentiment } from './survey-texts';

const SENTIMENTS: Sentiment[] = ['critical', 'mixed', 'positive'];

describe('sentimentOf', () => {
  it('reads 1–2 as critical, 3 as mixed and 4–5 as positive', () => {
    expect([1, 2, 3, 4, 5].map(sentimentOf)).toEqual(['critical', 'critical', 'mixed', 'positive', 'positive']);
  });
});

describe('the comment and note banks', () => {
  const allTexts = [
    ...PRACTICE_KEYS.flatMap((practice) => SENTIMENTS.flatMap((sentiment) => PRACTICE_COMMENTS[practice][sentiment])),
    ...SENTIMENTS.flatMap((sentiment) => RELATIONSHIP_NOTES[sentiment]),
    ...ONE_SIDED_NOTES,
    ...WEAKENING_NOTES,
  ];

  it('has comments of every sentiment for every practice, and more critical than positive', () => {
    for (const practice of PRACTICE_KEYS) {
      for (const sentiment of SENTIMENTS) {
        expect(PRACTICE_COMMENTS[practice][sentiment].length).toBeGreaterThan(0);
      }
      expect(PRACTICE_COMMENTS[practice].critical.length).toBeGreaterThanOrEqual(PRACTICE_COMMENTS[practice].positive.length);
    }
  });

  it('has notes for every sentiment and for watched relationships', () => {
    for (const sentiment of SENTIMENTS) {
      expect(RELATIONSHIP_NOTES[sentiment].length).toBeGreaterThan(0);
    }
    expect(ONE_SIDED_NOTES.length).toBeGreaterThan(0);
    expect(WEAKENING_NOTES.length).toBeGreaterThan(0);
  });

  it('keeps every text short, one sentence-like line ending in a full stop, and never repeats one', () => {
    for (const text of allTexts) {
      expect(text.length).toBeLessThanOrEqual(100);
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(text).not.toMatch(/\n|’/);
    }
    expect(new Set(allTexts).size).toBe(allTexts.length);
  });

  it('includes the decision made before the board sees it', () => {
    expect(PRACTICE_COMMENTS.SHARING_POWER.critical).toContain(
      "Decisions still get made in the acute trust's exec meeting before the board sees them.",
    );
  });
});
