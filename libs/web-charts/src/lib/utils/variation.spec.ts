import { variationIconFor } from '@stewardship/spc';
import { ruleLabel, rulesText, variationMark } from './variation';

describe('variationMark', () => {
  it('gives each class of variation its own colour and shape, labelled the Making Data Count way', () => {
    expect(variationMark('common')).toEqual({ kind: 'common', fill: '#768692', stroke: null, symbol: 'circle', label: 'Common cause variation' });
    expect(variationMark('improvement')).toMatchObject({ fill: '#005eb8', symbol: 'triangleUp', label: 'Special cause improvement (high)' });
    expect(variationMark('concern')).toMatchObject({ fill: '#ed8b00', stroke: '#212b32', symbol: 'triangleDown', label: 'Special cause concern (low)' });
    expect(variationMark('neitherHigh')).toMatchObject({ fill: '#330072', symbol: 'square', label: 'Special cause neither improvement nor concern (high)' });
    expect(variationMark('neitherLow').label).toBe('Special cause neither improvement nor concern (low)');
  });

  it('turns improvement and concern round when lower is better', () => {
    expect(variationMark('improvement', 'decrease')).toMatchObject({ symbol: 'triangleDown', label: 'Special cause improvement (low)' });
    expect(variationIconFor('concern', 'decrease').side).toBe('high');
  });
});

describe('rule wording', () => {
  it('names each rule in a few words, with the run lengths the maths uses', () => {
    expect(ruleLabel('outside')).toBe('Outside the process limits');
    expect(ruleLabel('shift')).toBe('7 or more in a row on one side of the mean');
    expect(ruleLabel('trend')).toBe('7 or more in a row rising or falling');
    expect(rulesText(['shift', 'twoOfThree'])).toBe('7 or more in a row on one side of the mean; 2 of 3 in a row close to a limit');
    expect(rulesText([])).toBe('None');
  });
});
