import { seededFaker } from './seeded-faker';

function draws(seed: number | number[]): number[] {
  const faker = seededFaker(seed);
  return Array.from({ length: 5 }, () => faker.number.int(1_000_000));
}

describe('seededFaker', () => {
  it('repeats its draws for the same seed', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws([42, 3, 2026, 10])).toEqual(draws([42, 3, 2026, 10]));
  });

  it('gives a separate stream for each array seed', () => {
    expect(draws([42, 1])).not.toEqual(draws([42, 2]));
    expect(draws([42, 1])).not.toEqual(draws(42));
  });

  it('is not disturbed by another instance drawing in between', () => {
    const first = seededFaker(7);
    const a = first.number.int(1_000_000);
    seededFaker(7).number.int(1_000_000);
    expect([a, first.number.int(1_000_000)]).toEqual(draws(7).slice(0, 2));
  });
});
