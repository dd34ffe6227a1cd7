import { landingPath } from './landing';

describe('landingPath', () => {
  it('lands each role on the page that serves its monthly job', () => {
    expect(landingPath({ role: 'LEADER' })).toBe('/review');
    expect(landingPath({ role: 'NON_EXECUTIVE' })).toBe('/claims?status=AWAITING');
    expect(landingPath({ role: 'PLACE_LEAD', place: { id: 'p1' } })).toBe('/review?place=p1');
    expect(landingPath({ role: 'ADMIN' })).toBe('/partners');
    expect(landingPath({ role: 'VIEWER' })).toBe('/partners');
  });

  it('lands a place lead without a place on the review, which the API limits to what they may see', () => {
    expect(landingPath({ role: 'PLACE_LEAD', place: null })).toBe('/review');
  });
});
