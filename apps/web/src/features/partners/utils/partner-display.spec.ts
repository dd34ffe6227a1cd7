import { placesText, weightText } from './partner-display';

describe('placesText and weightText', () => {
  it('lists places or says there are none', () => {
    expect(placesText([{ name: 'North' }, { name: 'South' }])).toBe('North, South');
    expect(placesText([])).toBe('None');
  });

  it('groups thousands and says when there is no weight', () => {
    expect(weightText(1250.5)).toBe('1,250.5');
    expect(weightText(0)).toBe('0');
    expect(weightText(null)).toBe('Not recorded');
  });
});
