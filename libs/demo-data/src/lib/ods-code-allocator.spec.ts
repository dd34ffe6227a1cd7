import { Faker, en } from '@faker-js/faker';
import { odsCodeProblem } from '@stewardship/domain';
import { OdsCodeAllocator } from './ods-code-allocator';

function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: en });
  faker.seed(seed);
  return faker;
}

describe('OdsCodeAllocator', () => {
  it('fills the pattern: R then two letters or digits', () => {
    const allocator = new OdsCodeAllocator(seededFaker(1));
    for (let i = 0; i < 50; i++) {
      expect(allocator.allocate('R**')).toMatch(/^R[A-Z0-9]{2}$/);
    }
  });

  it('never repeats a code, and every code is a valid ODS code', () => {
    const allocator = new OdsCodeAllocator(seededFaker(2));
    const codes = Array.from({ length: 2000 }, () => allocator.allocate('U#####'));
    expect(new Set(codes).size).toBe(2000);
    expect(codes.filter((code) => odsCodeProblem(code) !== null)).toEqual([]);
  });

  it('never hands out a reserved code', () => {
    const allocator = new OdsCodeAllocator(seededFaker(3));
    for (let digit = 0; digit <= 8; digit++) {
      allocator.reserve(`RX${digit}`);
    }
    // Only RX9 is left of the ten codes RX0 to RX9.
    expect(allocator.allocate('RX#')).toBe('RX9');
  });

  it('throws once every code of a pattern is taken', () => {
    const allocator = new OdsCodeAllocator(seededFaker(4));
    const codes = Array.from({ length: 10 }, () => allocator.allocate('RX#'));
    expect([...codes].sort()).toEqual(['RX0', 'RX1', 'RX2', 'RX3', 'RX4', 'RX5', 'RX6', 'RX7', 'RX8', 'RX9']);
    expect(() => allocator.allocate('RX#', 50)).toThrow('No free ODS code for pattern RX# in 50 attempts');
  });

  it('refuses a pattern that makes invalid codes', () => {
    const allocator = new OdsCodeAllocator(seededFaker(5));
    expect(() => allocator.allocate('R#')).toThrow(/^Cannot reserve R\d: ODS code must be 3 to 6 letters or digits/);
  });

  it('refuses to reserve a code twice', () => {
    const allocator = new OdsCodeAllocator(seededFaker(6));
    allocator.reserve('QNS');
    expect(() => allocator.reserve('QNS')).toThrow('ODS code QNS is already taken');
  });

  it('draws the same codes from the same seed', () => {
    const draw = (seed: number) => {
      const allocator = new OdsCodeAllocator(seededFaker(seed));
      return Array.from({ length: 5 }, () => allocator.allocate('N**'));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});
