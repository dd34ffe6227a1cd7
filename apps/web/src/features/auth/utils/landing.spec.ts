import { landingPath } from './landing';

describe('landingPath', () => {
  it('lands each role on the page that serves its monthly job', () => {
    expect(landingPath({ role: 'LEADER' })).toBe('/scores');
    expect(landingPath({ role: 'NON_EXECUTIVE' })).toBe('/scores');
    expect(landingPath({ role: 'PLACE_LEAD', place: { id: 'p1' } })).toBe('/places/p1');
    expect(landingPath({ role: 'ADMIN' })).toBe('/partners');
    expect(landingPath({ role: 'VIEWER' })).toBe('/partners');
  });

  it('lands a place lead without a place on the register', () => {
    expect(landingPath({ role: 'PLACE_LEAD', place: null })).toBe('/partners');
  });
});
