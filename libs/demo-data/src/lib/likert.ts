import type { Faker } from '@faker-js/faker';
import type { Likert } from './demo-survey';

/** The nearest 1–5 answer to a latent score, kept within [lowest, highest]. */
export function toLikert(latent: number, lowest: Likert = 1, highest: Likert = 5): Likert {
  return Math.min(highest, Math.max(lowest, Math.round(latent))) as Likert;
}

/** The logistic's scale s gives a standard deviation of s·π/√3. */
const LOGISTIC_SCALE_PER_SD = Math.sqrt(3) / Math.PI;

/**
 * The value at cumulative probability `u` of a logistic distribution with mean 0 and standard
 * deviation `sd`: sd·(√3/π)·ln(u / (1 − u)). A logistic is close to a normal and, unlike it, has
 * a closed-form inverse, which stratified draws need. `u` is kept inside (0, 1).
 */
export function logisticQuantile(u: number, sd: number): number {
  const p = Math.min(Math.max(u, 1e-9), 1 - 1e-9);
  return sd * LOGISTIC_SCALE_PER_SD * Math.log(p / (1 - p));
}

/** One logistic deviate with mean 0 and standard deviation `sd`. */
export function drawNoise(faker: Faker, sd: number): number {
  return logisticQuantile(faker.number.float(), sd);
}

/**
 * `count` uniforms on [0, 1), one in each of `count` equal slices, in random order. Feeding them
 * through a quantile gives deviates whose spread matches the distribution's in every month, so a
 * month's mean strays from its true value far less than with independent draws.
 */
export function stratifiedUniforms(faker: Faker, count: number): number[] {
  const slices = faker.helpers.shuffle(Array.from({ length: count }, (_, index) => index));
  return slices.map((slice) => (slice + faker.number.float()) / count);
}
