import { Faker, en, en_GB } from '@faker-js/faker';

/**
 * A private, seeded Faker so that concurrent callers and faker's global instance never interfere.
 * An array seed names a separate stream: `[seed, 2]` never repeats the draws of `[seed, 1]`.
 */
export function seededFaker(seed: number | number[]): Faker {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  return faker;
}

/**
 * Organisations draw from `seededFaker(seed)`; everything added later draws from its own stream,
 * so adding forums, people or the survey left every organisation of an existing seed as it was.
 */
export const DEMO_STREAMS = { forums: 1, people: 2, survey: 3, decisions: 4, neighbourhoods: 5 } as const;
