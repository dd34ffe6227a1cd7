import { NETWORK_DEFINITIONS } from './network-definitions';
import { WEAK_LINK_KINDS } from './weak-links';

describe('NETWORK_DEFINITIONS', () => {
  it('gives tie strength its formula with the contact scores the maths uses', () => {
    expect(NETWORK_DEFINITIONS.tieStrength.help).toContain('(trust − 1) ÷ 4, (value − 1) ÷ 4 and contact (weekly 1, monthly 2/3, quarterly 1/3, rarely 0)');
  });

  it('states the default thresholds of each weak link', () => {
    expect(NETWORK_DEFINITIONS.LOW_STRENGTH.help).toBe('A tie with strength below 0.35.');
    expect(NETWORK_DEFINITIONS.ONE_SIDED.help).toContain('differ by more than 0.25');
    expect(NETWORK_DEFINITIONS.DECLINING.help).toContain('fell in each of the last 3 months');
    expect(NETWORK_DEFINITIONS.MISSING.help).toContain('3 or more of the same decisions');
    expect(NETWORK_DEFINITIONS.PERIPHERAL.help).toContain('bottom 10%');
  });

  it('defines every kind of weak link, each with a title and help', () => {
    for (const kind of WEAK_LINK_KINDS) expect(NETWORK_DEFINITIONS[kind].title).not.toBe('');
    for (const definition of Object.values(NETWORK_DEFINITIONS)) expect(definition.help.length).toBeGreaterThan(20);
  });
});
