import { tallyPowerInput } from '../lib/participation-tally';
import { checkPowerInput } from '../lib/power-input';
import { FIRST_QUARTER_2026, HAND_WORKED_LOG, participant } from './power-log.fixture';

describe('the hand-worked power log', () => {
  it('makes a participant with every flag false except those given', () => {
    expect(participant('A', { affected: true, vote: true })).toEqual({
      organisationId: 'A', affected: true, present: false, consulted: false, vote: true, dissented: false, deputy: false, delegatedAuthority: false,
    });
  });

  it('is a valid log whose first and last decisions fall just outside the quarter its comment works', () => {
    expect(() => checkPowerInput(tallyPowerInput(HAND_WORKED_LOG))).not.toThrow();
    const inside = HAND_WORKED_LOG.decisions.filter((d) => FIRST_QUARTER_2026.from <= d.date && d.date <= FIRST_QUARTER_2026.to).map((d) => d.id);
    expect(inside).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(HAND_WORKED_LOG.decisions.find((d) => d.id === 'd0')?.date).toBe('2025-12-31');
    expect(HAND_WORKED_LOG.decisions.find((d) => d.id === 'd5')?.date).toBe('2026-04-01');
  });
});
