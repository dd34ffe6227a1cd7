import { NetworkInputError } from './network-input';
import { organisationTies, tieStrength } from './tie-strength';

describe('tieStrength', () => {
  it('is 1 for the strongest rating and 0 for the weakest', () => {
    expect(tieStrength({ trust: 5, value: 5, contactFrequency: 'WEEKLY' })).toBe(1);
    expect(tieStrength({ trust: 1, value: 1, contactFrequency: 'RARELY' })).toBe(0);
  });

  it('is the mean of the scaled trust, scaled value and contact score', () => {
    // ((3 − 1) ÷ 4 + (4 − 1) ÷ 4 + 2/3) ÷ 3 = (0.5 + 0.75 + 0.6667) ÷ 3 = 0.638 89
    expect(tieStrength({ trust: 3, value: 4, contactFrequency: 'MONTHLY' })).toBeCloseTo(0.638889, 6);
    // ((2 − 1) ÷ 4 + (2 − 1) ÷ 4 + 1/3) ÷ 3 = (0.25 + 0.25 + 0.3333) ÷ 3 = 0.277 78
    expect(tieStrength({ trust: 2, value: 2, contactFrequency: 'QUARTERLY' })).toBeCloseTo(0.277778, 6);
  });

  it('names the field of a rating off the scale or an unknown frequency', () => {
    expect(() => tieStrength({ trust: 6, value: 3, contactFrequency: 'WEEKLY' })).toThrow('trust: must be a number from 1 to 5; got 6');
    expect(() => tieStrength({ trust: 3, value: 3, contactFrequency: 'DAILY' as never })).toThrow(
      'contactFrequency: must be one of WEEKLY, MONTHLY, QUARTERLY, RARELY; got "DAILY"',
    );
  });
});

describe('organisationTies', () => {
  it("takes the means of one organisation's ratings of another, keeping n", () => {
    const ties = organisationTies([
      { from: 'B', to: 'A', trust: 5, value: 5, contactFrequency: 'WEEKLY' },
      { from: 'A', to: 'B', trust: 4, value: 2, contactFrequency: 'WEEKLY' },
      { from: 'A', to: 'B', trust: 2, value: 4, contactFrequency: 'QUARTERLY' },
    ]);
    // A→B: trust (4 + 2) ÷ 2 = 3, value (2 + 4) ÷ 2 = 3, contact (1 + 1/3) ÷ 2 = 2/3,
    // strength (0.5 + 0.5 + 2/3) ÷ 3 = 5/9, the same as the mean of the two ratings' strengths (2/3 + 4/9) ÷ 2.
    expect(ties).toEqual([
      { source: 'A', target: 'B', n: 2, meanTrust: 3, meanValue: 3, contactScore: expect.closeTo(2 / 3, 12), strength: expect.closeTo(5 / 9, 12) },
      { source: 'B', target: 'A', n: 1, meanTrust: 5, meanValue: 5, contactScore: 1, strength: 1 },
    ]);
  });

  it('gives no ties for no ratings', () => {
    expect(organisationTies([])).toEqual([]);
  });

  it('names the rating that is bad and changes nothing', () => {
    const ratings = [
      { from: 'A', to: 'B', trust: 3, value: 3, contactFrequency: 'WEEKLY' as const },
      { from: 'A', to: 'A', trust: 3, value: 3, contactFrequency: 'WEEKLY' as const },
    ];
    expect(() => organisationTies(ratings)).toThrow(new NetworkInputError('ratings[1].to', 'an organisation cannot rate itself'));
    expect(() => organisationTies([{ ...ratings[0], value: 0 }])).toThrow('ratings[0].value: must be a number from 1 to 5; got 0');
    expect(() => organisationTies([{ ...ratings[0], from: '' }])).toThrow('ratings[0].from: must be a non-empty string');
  });
});
