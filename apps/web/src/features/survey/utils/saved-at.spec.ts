import { savedAtText } from './saved-at';

describe('savedAtText', () => {
  it('gives the UK time for a save today', () => {
    expect(savedAtText('2026-11-24T14:02:31Z', new Date('2026-11-24T16:00:00Z'))).toBe('Saved at 14:02');
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(savedAtText('2026-06-30T23:30:00Z', new Date('2026-07-01T08:00:00Z'))).toBe('Saved at 00:30');
  });

  it('adds the day for an earlier save', () => {
    expect(savedAtText('2026-11-03T09:05:00Z', new Date('2026-11-24T16:00:00Z'))).toBe('Saved on 3 November 2026 at 09:05');
  });
});
