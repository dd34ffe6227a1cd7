import { countText } from './count-text';

describe('countText', () => {
  it('agrees the noun with the count and groups thousands', () => {
    expect(countText(0, 'place')).toBe('0 places');
    expect(countText(1, 'place')).toBe('1 place');
    expect(countText(1240, 'person', 'people')).toBe('1,240 people');
  });
});
