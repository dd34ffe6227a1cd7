import { variationIcon, variationIconFor, XMR_HELP } from './xmr-help';
import type { ImprovementDirection, SpcVariation, XmrResult } from './xmr';

/** A result whose latest point has the given variation; variationIcon reads nothing else. */
function endingWith(variation: SpcVariation, improvement: ImprovementDirection, mean: number | null = 10): XmrResult {
  const point = { date: '2024-06-01', value: 10, mean, lowerLimit: null, upperLimit: null, movingRange: null };
  return {
    improvement,
    periods: [],
    points: [
      { ...point, date: '2024-05-01', rules: ['outside'], variation: 'improvement' },
      { ...point, rules: variation === 'common' ? [] : ['shift'], variation },
    ],
  };
}

describe('XMR_HELP', () => {
  it('explains every rule, variation and assurance', () => {
    expect(Object.keys(XMR_HELP.rules).sort()).toEqual(['outside', 'shift', 'trend', 'twoOfThree']);
    expect(Object.keys(XMR_HELP.variation).sort()).toEqual([
      'common',
      'concern',
      'improvement',
      'neitherHigh',
      'neitherLow',
    ]);
    expect(Object.keys(XMR_HELP.assurance).sort()).toEqual(['fail', 'inconsistent', 'pass']);
    const texts = [
      XMR_HELP.mean,
      XMR_HELP.limits,
      XMR_HELP.movingRange,
      ...Object.values(XMR_HELP.rules),
      ...Object.values(XMR_HELP.variation),
      ...Object.values(XMR_HELP.assurance),
    ];
    for (const text of texts) expect(text).toMatch(/^[A-Z0-9].{40,}\.$/);
  });

  it('states the numbers the figures are computed with', () => {
    expect(XMR_HELP.limits).toContain('plus and minus 2.66 times the average moving range');
    expect(XMR_HELP.limits).toContain('at least 12 values');
    expect(XMR_HELP.movingRange).toContain('at least 3.267 times that average');
    expect(XMR_HELP.rules.shift).toMatch(/^7 or more/);
    expect(XMR_HELP.rules.trend).toMatch(/^7 or more/);
    expect(XMR_HELP.rules.twoOfThree).toContain('mean ± 1.773 × the average moving range');
  });
});

describe('variationIcon', () => {
  it.each([
    ['common', 'increase', 'common', null, 'Common cause variation'],
    ['improvement', 'increase', 'improvement', 'high', 'Special cause improvement (high)'],
    ['concern', 'increase', 'concern', 'low', 'Special cause concern (low)'],
    ['improvement', 'decrease', 'improvement', 'low', 'Special cause improvement (low)'],
    ['concern', 'decrease', 'concern', 'high', 'Special cause concern (high)'],
    ['neitherHigh', 'neither', 'neither', 'high', 'Special cause neither improvement nor concern (high)'],
    ['neitherLow', 'neither', 'neither', 'low', 'Special cause neither improvement nor concern (low)'],
  ] as const)('shows %s with improvement %s as %s %s', (variation, improvement, kind, side, label) => {
    const icon = variationIcon(endingWith(variation, improvement));
    expect(icon).toMatchObject({ kind, side, label });
    // One plain sentence a board member reads.
    expect(icon?.description).toMatch(/^The latest value [^.]+\.$/);
  });

  it('says which way is better in words', () => {
    expect(variationIcon(endingWith('concern', 'decrease'))?.description).toContain('higher is worse');
    expect(variationIcon(endingWith('improvement', 'decrease'))?.description).toContain('lower is better');
  });

  it('shows nothing without points, or when the latest period has too few for limits', () => {
    expect(variationIcon({ improvement: 'increase', periods: [], points: [] })).toBeNull();
    expect(variationIcon(endingWith('common', 'increase', null))).toBeNull();
  });
});

describe('variationIconFor', () => {
  it('reads a variation class the same way variationIcon reads a latest point', () => {
    expect(variationIconFor('common')).toEqual({
      kind: 'common',
      side: null,
      label: 'Common cause variation',
      description: 'The latest value is within the range this measure usually varies by, so nothing unusual has happened.',
    });
    expect(variationIconFor('improvement', 'decrease')).toEqual(variationIcon(endingWith('improvement', 'decrease')));
  });

  it('takes higher as better unless told otherwise', () => {
    expect(variationIconFor('improvement')).toMatchObject({ kind: 'improvement', side: 'high', label: 'Special cause improvement (high)' });
    expect(variationIconFor('concern')).toMatchObject({ kind: 'concern', side: 'low', label: 'Special cause concern (low)' });
  });

  it('turns improvement and concern round when lower is better, but not neither', () => {
    expect(variationIconFor('improvement', 'decrease')).toMatchObject({ side: 'low', label: 'Special cause improvement (low)' });
    expect(variationIconFor('concern', 'decrease')).toMatchObject({ side: 'high', label: 'Special cause concern (high)' });
    expect(variationIconFor('neitherLow', 'decrease')).toMatchObject({ kind: 'neither', side: 'low' });
    expect(variationIconFor('neitherHigh', 'neither').description).toBe(
      'The latest value is part of an unusually high or rising pattern; neither direction is better for this measure, but something has changed.',
    );
  });
});
