import { formatDate, placesText, weightText } from './partner-display';

describe('formatDate', () => {
  it('writes dates the GOV.UK way, in UK time', () => {
    expect(formatDate('2025-03-03T10:00:00Z')).toBe('3 March 2025');
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(formatDate('2025-06-30T23:30:00Z')).toBe('1 July 2025');
  });

  it('gives back text it cannot read as a date', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

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
