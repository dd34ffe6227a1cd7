import { minimumGroupSizeProblem } from './minimum-group-size';

describe('minimumGroupSizeProblem', () => {
  it.each([3, 5, 50])('accepts %d', (size) => {
    expect(minimumGroupSizeProblem(size)).toBeNull();
  });

  it.each([2, 51, 4.5, Number.NaN, -5])('refuses %d with the range', (size) => {
    expect(minimumGroupSizeProblem(size)).toBe('The minimum group size must be a whole number from 3 to 50');
  });
});
