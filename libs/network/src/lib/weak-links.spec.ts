import type { OrganisationTie } from './tie-strength';
import { monthName, weakLinks, type WeakLinkInput, type WeakLinkKind } from './weak-links';

const NAMES: Record<string, string> = { A: 'Alpha', B: 'Beta', C: 'Gamma', D: 'Delta', E: 'Epsilon', F: 'Zeta' };
const nodes = Object.entries(NAMES).map(([id, name]) => ({ id, name, sector: 'NHS' }));

/** A tie with its strength given outright; trust, value and contact only feed the reasons. */
const tie = (source: string, target: string, strength: number, trust = 2, value = 2, n = 1): OrganisationTie => ({
  source,
  target,
  n,
  meanTrust: trust,
  meanValue: value,
  contactScore: 1 / 3,
  strength,
});
const both = (a: string, b: string, strength: number, trust = 3) => [tie(a, b, strength, trust), tie(b, a, strength, trust)];

/** Runs weakLinks with only the rule under test able to fire unless options say otherwise. */
function flags(kind: WeakLinkKind, input: Partial<WeakLinkInput> & Pick<WeakLinkInput, 'months'>) {
  return weakLinks({ nodes, coAffected: [], ...input, options: { peripheralDecile: 0, ...input.options } }).filter((link) => link.kind === kind);
}

describe('weakLinks', () => {
  describe('low strength', () => {
    it('fires below the threshold and not at it', () => {
      // A–B: (0.34 + 0.34) ÷ 2 = 0.34 < 0.35. A–C: exactly 0.35.
      const links = flags('LOW_STRENGTH', { months: [{ month: '2025-03', ties: [...both('A', 'B', 0.34, 2), ...both('A', 'C', 0.35)] }] });
      expect(links).toEqual([
        {
          kind: 'LOW_STRENGTH',
          source: 'A',
          target: 'B',
          reason:
            'Tie strength 0.34, below 0.35. Alpha rates Beta trust 2.0, value 2.0, contact 0.33 (1 rating). ' +
            'Beta rates Alpha trust 2.0, value 2.0, contact 0.33 (1 rating).',
          figures: { strength: 0.34, threshold: 0.35, forwardStrength: 0.34, backwardStrength: 0.34 },
        },
      ]);
    });

    it('follows a configured threshold and says when one side did not rate', () => {
      const links = flags('LOW_STRENGTH', { months: [{ month: '2025-03', ties: [tie('B', 'A', 0.5)] }], options: { lowStrength: 0.6 } });
      expect(links.map((link) => link.reason)).toEqual([
        'Tie strength 0.50, below 0.60. Alpha did not rate Beta. Beta rates Alpha trust 2.0, value 2.0, contact 0.33 (1 rating).',
      ]);
    });
  });

  describe('one-sided', () => {
    it('fires when the gap is above the threshold, from the side that rates higher, and not at it', () => {
      // A–B: |0.48 − 0.75| = 0.27 > 0.25. A–C: |0.75 − 0.5| = 0.25, not above.
      const links = flags('ONE_SIDED', {
        months: [{ month: '2025-03', ties: [tie('A', 'B', 0.48, 2.5), tie('B', 'A', 0.75, 4.5), tie('A', 'C', 0.75), tie('C', 'A', 0.5)] }],
      });
      expect(links).toEqual([
        {
          kind: 'ONE_SIDED',
          source: 'B',
          target: 'A',
          reason: 'Beta rates the tie 0.75 (trust 4.5), Alpha 0.48 (trust 2.5): a gap of 0.27, above 0.25.',
          figures: { sourceStrength: 0.75, targetStrength: 0.48, gap: expect.closeTo(0.27, 12), threshold: 0.25 },
        },
      ]);
    });

    it('fires when a tie is unanswered', () => {
      const links = flags('ONE_SIDED', { months: [{ month: '2025-03', ties: [tie('D', 'A', 0.6, 3.5)] }] });
      expect(links).toEqual([
        {
          kind: 'ONE_SIDED',
          source: 'D',
          target: 'A',
          reason: 'Delta rated Alpha in March 2025 (strength 0.60, trust 3.5); Alpha did not rate Delta.',
          figures: { sourceStrength: 0.6, targetStrength: null, gap: null, threshold: 0.25 },
        },
      ]);
    });
  });

  describe('declining', () => {
    const month = (m: string, ties: OrganisationTie[]) => ({ month: m, ties });

    it('fires when strength fell in each of the last three months, and not when it held once', () => {
      const links = flags('DECLINING', {
        months: [
          month('2024-12', [...both('A', 'B', 0.62, 2), ...both('A', 'C', 0.62)]),
          month('2025-01', [...both('A', 'B', 0.55, 1.8), ...both('A', 'C', 0.55)]),
          month('2025-02', [...both('A', 'B', 0.47, 1.6), ...both('A', 'C', 0.55)]),
          month('2025-03', [...both('A', 'B', 0.41, 1.5), ...both('A', 'C', 0.41)]),
        ],
      });
      expect(links).toEqual([
        {
          kind: 'DECLINING',
          source: 'A',
          target: 'B',
          reason: 'Strength 0.62 → 0.41 over three months, falling each month (0.62, 0.55, 0.47, 0.41); trust 2.0 → 1.5; last rated in March 2025.',
          figures: { strength: 0.41, months: 3, strengthBefore: 0.62, trustBefore: 2, trust: 1.5, fromMonth: '2024-12' },
        },
      ]);
    });

    it('does not fire when the tie was not rated in one of the months', () => {
      const links = flags('DECLINING', {
        months: [month('2024-12', []), month('2025-01', both('A', 'B', 0.55)), month('2025-02', both('A', 'B', 0.47)), month('2025-03', both('A', 'B', 0.41))],
      });
      expect(links).toEqual([]);
    });

    it('fires over a configured number of months', () => {
      const links = flags('DECLINING', {
        months: [month('2025-02', both('A', 'B', 0.47)), month('2025-03', both('A', 'B', 0.41))],
        options: { decliningMonths: 1 },
      });
      expect(links.map((link) => link.reason)).toEqual(['Strength 0.47 → 0.41 over one month, falling each month (0.47, 0.41); trust 3.0 → 3.0; last rated in March 2025.']);
    });

    // 13 months alternating 0.60, 0.62, then the month shown. Months 2024-02 … 2025-03.
    const history = (last: number) =>
      Array.from({ length: 14 }, (_, i) => {
        const date = new Date(Date.UTC(2024, 1 + i, 1)).toISOString().slice(0, 7);
        return month(date, both('A', 'B', i === 13 ? last : i % 2 === 0 ? 0.6 : 0.62));
      });

    it('fires on a special-cause fall on the SPC chart', () => {
      // Last 0.20: mean (7 × 0.60 + 6 × 0.62 + 0.20) ÷ 14 = 0.58. Moving ranges: 12 of 0.02 and one of 0.40; 0.40 is at
      // least 3.267 × their mean 0.0492, so it is screened out and the mean moving range is 0.02.
      // Lower limit 0.58 − 2.66 × 0.02 = 0.5268, and 0.20 is below it.
      const links = flags('DECLINING', { months: history(0.2) });
      expect(links).toEqual([
        {
          kind: 'DECLINING',
          source: 'A',
          target: 'B',
          reason: 'Strength 0.20 in March 2025 is a special-cause fall on the SPC chart of its 14 rated months (below the lower process limit 0.53).',
          figures: { strength: 0.2, months: 3, spcRules: 'outside', mean: expect.closeTo(0.58, 12), lowerLimit: expect.closeTo(0.5268, 12) },
        },
      ]);
    });

    it('does not fire on an ordinary month', () => {
      // Last 0.55: mean (7.92 + 0.55) ÷ 14 = 0.605, mean moving range (12 × 0.02 + 0.05) ÷ 13 = 0.0223 (0.05 is not
      // screened out), lower limit 0.605 − 2.66 × 0.0223 = 0.5457: 0.55 is inside, and no run or trend.
      expect(flags('DECLINING', { months: history(0.55) })).toEqual([]);
    });
  });

  describe('missing', () => {
    const months = [{ month: '2025-03', ties: both('A', 'B', 0.6) }];

    it('fires at the number of co-affecting decisions and not below it, nor where a tie exists', () => {
      const links = flags('MISSING', {
        months,
        coAffected: [
          { a: 'E', b: 'A', decisions: 3 },
          { a: 'A', b: 'F', decisions: 2 },
          { a: 'A', b: 'B', decisions: 9 },
          { a: 'A', b: 'elsewhere', decisions: 9 },
        ],
      });
      expect(links).toEqual([
        {
          kind: 'MISSING',
          source: 'A',
          target: 'E',
          reason: 'Alpha and Epsilon were both affected by 3 decisions in the last 12 months (3 or more), but neither rated the other in March 2025.',
          figures: { decisions: 3, threshold: 3 },
        },
      ]);
    });

    it('rejects a pair given twice', () => {
      expect(() =>
        flags('MISSING', {
          months,
          coAffected: [
            { a: 'A', b: 'E', decisions: 3 },
            { a: 'E', b: 'A', decisions: 4 },
          ],
        }),
      ).toThrow('coAffected[1]: E and A are given twice');
    });
  });

  describe('peripheral', () => {
    // Ten partners: the bottom tenth is ⌊0.1 × 10⌋ = 1 partner, so the cut-off is the weakest strength.
    const ten = Array.from({ length: 10 }, (_, i) => ({ id: `P${i}`, name: `Partner ${i}`, sector: 'VCSE' }));
    const peripheral = (ties: OrganisationTie[], people = ten) =>
      weakLinks({ nodes: people, coAffected: [], months: [{ month: '2025-03', ties }] }).filter((link) => link.kind === 'PERIPHERAL');

    it('flags partners at the bottom decile cut-off and not above it', () => {
      // P0–P1 0.2 (each partner's strength 0.2, the weakest, so the cut-off); P2–P3, …, P8–P9 0.5.
      const ties = [...both('P0', 'P1', 0.2), ...[2, 4, 6, 8].flatMap((i) => both(`P${i}`, `P${i + 1}`, 0.5))];
      expect(peripheral(ties)).toEqual([
        {
          kind: 'PERIPHERAL',
          source: 'P0',
          target: null,
          reason: "Partner 0's strength 0.20 (1 tie) is in the bottom 10% of the network's 10 partners: at or below 0.20, the weakest partner's.",
          figures: { degree: 1, strength: 0.2, cutOff: 0.2 },
        },
        expect.objectContaining({ source: 'P1' }),
      ]);
    });

    it('flags an isolated partner, and no one by decile in a network under ten partners', () => {
      const nine = ten.slice(0, 9);
      const ties = [2, 4, 6].flatMap((i) => both(`P${i}`, `P${i + 1}`, 0.5)).concat(both('P1', 'P8', 0.1));
      expect(peripheral(ties, nine)).toEqual([
        {
          kind: 'PERIPHERAL',
          source: 'P0',
          target: null,
          reason: 'Partner 0 has no ties in March 2025: it rated no partner and no partner rated it.',
          figures: { degree: 0, strength: 0, cutOff: null },
        },
      ]);
    });
  });

  it('lists flags by kind, then partner', () => {
    const links = weakLinks({
      nodes,
      coAffected: [{ a: 'C', b: 'D', decisions: 4 }],
      months: [{ month: '2025-03', ties: [tie('B', 'A', 0.2)] }],
    });
    expect(links.map((link) => [link.kind, link.source, link.target])).toEqual([
      ['LOW_STRENGTH', 'A', 'B'],
      ['ONE_SIDED', 'B', 'A'],
      ['MISSING', 'C', 'D'],
      ['PERIPHERAL', 'C', null],
      ['PERIPHERAL', 'D', null],
      ['PERIPHERAL', 'E', null],
      ['PERIPHERAL', 'F', null],
    ]);
  });

  describe('bad input', () => {
    it.each([
      [{ months: [] }, 'months: give at least the month shown'],
      [{ months: [{ month: '2025-3', ties: [] }] }, 'months[0].month: must be yyyy-mm; got "2025-3"'],
      [{ months: [{ month: '2025-03', ties: [] }, { month: '2025-03', ties: [] }] }, 'months[1].month: must come after 2025-03'],
      [{ months: [{ month: '2025-03', ties: [tie('A', 'A', 0.5)] }] }, 'months[0].ties[0].target: a partner cannot be tied to itself'],
      [{ months: [{ month: '2025-03', ties: [] }], options: { lowStrength: 2 } }, 'options.lowStrength: must be a number from 0 to 1; got 2'],
      [{ months: [{ month: '2025-03', ties: [] }], options: { decliningMonths: 0 } }, 'options.decliningMonths: must be a whole number ≥ 1; got 0'],
      [{ months: [{ month: '2025-03', ties: [] }], coAffected: [{ a: 'A', b: 'B', decisions: 1.5 }] }, 'coAffected[0].decisions: must be a whole number ≥ 0; got 1.5'],
    ])('names the field: %#', (input, message) => {
      expect(() => weakLinks({ nodes, coAffected: [], ...input } as WeakLinkInput)).toThrow(message);
    });
  });

  it('names months in words', () => {
    expect(monthName('2025-03')).toBe('March 2025');
    expect(monthName('2024-12')).toBe('December 2024');
  });
});
