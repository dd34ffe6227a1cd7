import { POWER_DEFINITIONS } from './power-definitions';
import { REPRESENTATION_DEFAULTS } from './representation';
import { TOO_COSY_DEFAULTS } from './too-cosy-warning';

describe('POWER_DEFINITIONS', () => {
  it('defines every figure the UI shows, each with a name, formula and meaning of an empty value', () => {
    expect(Object.keys(POWER_DEFINITIONS).sort()).toEqual(
      [
        'decisionCount',
        'inclusionRatio',
        'outsideForumShare',
        'deputiesWithoutAuthorityShare',
        'proposerHhi',
        'proposerGini',
        'reopenedShare',
        'dissentRate',
        'conflictSurfacedRate',
        'seatShare',
        'voteShare',
        'weightShare',
        'seatRatio',
        'voteRatio',
        'representationFlag',
        'tooCosy',
      ].sort(),
    );
    for (const definition of Object.values(POWER_DEFINITIONS)) {
      expect(definition.name.length).toBeGreaterThan(0);
      expect(definition.formula.length).toBeGreaterThan(0);
      expect(definition.whenNull.length).toBeGreaterThan(0);
    }
  });

  it('states the thresholds the maths uses', () => {
    expect(POWER_DEFINITIONS.representationFlag.formula).toContain(`below ${REPRESENTATION_DEFAULTS.underRepresentedBelow}`);
    expect(POWER_DEFINITIONS.representationFlag.formula).toContain(`above ${REPRESENTATION_DEFAULTS.overRepresentedAbove}`);
    expect(POWER_DEFINITIONS.tooCosy.formula).toContain(`last ${TOO_COSY_DEFAULTS.months} calendar months`);
  });
});
