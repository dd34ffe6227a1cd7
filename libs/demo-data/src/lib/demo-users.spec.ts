import { ROLES } from '@stewardship/domain';
import { DEMO_PASSWORD, demoUsers } from './demo-users';

describe('demoUsers', () => {
  const users = demoUsers('ashby');

  it('has one user per role, in role order', () => {
    expect(users.map((user) => user.role)).toEqual([...ROLES]);
  });

  it('uses the agreed sign-in addresses', () => {
    expect(users.map((user) => user.email)).toEqual([
      'admin@northshire.example',
      'leader@northshire.example',
      'placelead@northshire.example',
      'ned@northshire.example',
      'viewer@northshire.example',
    ]);
  });

  it('ties only the place-based lead to a place', () => {
    expect(users.filter((user) => user.placeKey !== null)).toEqual([
      { email: 'placelead@northshire.example', displayName: 'Tom Whitfield', role: 'PLACE_LEAD', placeKey: 'ashby' },
    ]);
  });

  it('gives everyone a human first name and surname', () => {
    for (const user of users) {
      expect(user.displayName).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    }
  });

  it('shares one demo password', () => {
    expect(DEMO_PASSWORD).toBe('northshire-demo');
  });
});
