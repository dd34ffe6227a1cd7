import { PRACTICE_KEYS } from '@stewardship/domain';
import {
  practiceTrueMean,
  ROLE_GROUP_LEANINGS,
  scenarioMonth,
  SECTOR_LEANINGS,
  SHARED_PURPOSE_STEP,
  SHARING_POWER_DECLINE,
  weakeningRating,
  WEAKENING,
  WEAKENING_RATINGS,
} from './survey-scenario';

const STORY = Array.from({ length: 24 }, (_, index) => index + 1);

describe('scenarioMonth', () => {
  it('numbers November 2024 as month 1 and October 2026 as month 24', () => {
    expect(scenarioMonth('2024-11')).toBe(1);
    expect(scenarioMonth('2025-10')).toBe(12);
    expect(scenarioMonth('2026-10')).toBe(24);
    expect(scenarioMonth('2024-10')).toBe(0);
    expect(scenarioMonth('2027-01')).toBe(27);
  });
});

describe('practiceTrueMean', () => {
  it('steps shared purpose up by 0.5 from month 13 and holds it there', () => {
    expect(SHARED_PURPOSE_STEP).toEqual({ fromMonth: 13, size: 0.5 });
    const before = practiceTrueMean('SHARED_PURPOSE', 12);
    expect(STORY.slice(0, 12).every((month) => practiceTrueMean('SHARED_PURPOSE', month) === before)).toBe(true);
    expect(STORY.slice(12).every((month) => practiceTrueMean('SHARED_PURPOSE', month) === before + 0.5)).toBe(true);
    expect(practiceTrueMean('SHARED_PURPOSE', 40)).toBe(before + 0.5);
  });

  it('holds sharing power steady to month 15, lowers it 0.1 a month to month 24, then holds', () => {
    expect(SHARING_POWER_DECLINE.lastSteadyMonth).toBe(15);
    const steady = practiceTrueMean('SHARING_POWER', 1);
    expect(practiceTrueMean('SHARING_POWER', 15)).toBe(steady);
    for (const month of STORY.slice(15)) {
      expect(practiceTrueMean('SHARING_POWER', month - 1) - practiceTrueMean('SHARING_POWER', month)).toBeCloseTo(0.1, 10);
    }
    expect(practiceTrueMean('SHARING_POWER', 24)).toBeCloseTo(steady - 0.9, 10);
    expect(practiceTrueMean('SHARING_POWER', 30)).toBe(practiceTrueMean('SHARING_POWER', 24));
  });

  it('keeps the other four practices, safe environment among them, flat', () => {
    for (const practice of PRACTICE_KEYS.filter((key) => key !== 'SHARED_PURPOSE' && key !== 'SHARING_POWER')) {
      expect(new Set([-5, ...STORY, 60].map((month) => practiceTrueMean(practice, month))).size).toBe(1);
    }
  });

  it('keeps every true mean well inside the 1–5 scale', () => {
    for (const practice of PRACTICE_KEYS) {
      for (const month of STORY) {
        expect(practiceTrueMean(practice, month)).toBeGreaterThan(1.8);
        expect(practiceTrueMean(practice, month)).toBeLessThan(4.2);
      }
    }
  });
});

describe('weakeningRating', () => {
  it('leaves the relationship to its usual ratings to month 17, then follows the schedule from month 18 to 24, and holds', () => {
    expect(weakeningRating(1)).toBeNull();
    expect(weakeningRating(WEAKENING.lastSteadyMonth - 1)).toBeNull();
    expect(weakeningRating(WEAKENING.lastSteadyMonth)).toEqual({ trust: 5, value: 5, contactFrequency: 'WEEKLY' });
    expect(weakeningRating(24)).toEqual({ trust: 2, value: 2, contactFrequency: 'QUARTERLY' });
    expect(weakeningRating(36)).toEqual(weakeningRating(24));
  });

  it('makes tie strength fall every month: 1, 0.92, 0.83, 0.64, 0.56, 0.47, 0.28', () => {
    // ((trust − 1) ÷ 4 + (value − 1) ÷ 4 + contact) ÷ 3, contact weekly 1, monthly 2/3, quarterly 1/3 (libs/network tieStrength).
    const contact = { WEEKLY: 1, MONTHLY: 2 / 3, QUARTERLY: 1 / 3, RARELY: 0 };
    const strengths = WEAKENING_RATINGS.map((r) => ((r.trust - 1) / 4 + (r.value - 1) / 4 + contact[r.contactFrequency]) / 3);
    expect(strengths.map((s) => Math.round(s * 100) / 100)).toEqual([1, 0.92, 0.83, 0.64, 0.56, 0.47, 0.28]);
  });
});
