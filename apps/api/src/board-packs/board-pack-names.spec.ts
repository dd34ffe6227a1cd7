import { boardPackPageUrl } from './board-pack.worker';
import { boardPackFileName } from './board-packs.controller';

describe('board pack addresses and names', () => {
  it('opens the print route for the month, and the place when there is one', () => {
    expect(boardPackPageUrl('http://api:3000', { month: '2026-05', placeId: null })).toBe('http://api:3000/review/board-pack?month=2026-05');
    expect(boardPackPageUrl('https://example.nhs.uk/stewardship', { month: '2026-05', placeId: 'a1b2' })).toBe('https://example.nhs.uk/stewardship/review/board-pack?month=2026-05&place=a1b2');
  });

  it('names the file after the system and the month', () => {
    expect(boardPackFileName('Northshire ICS', '2026-05')).toBe('Northshire ICS board pack 2026-05.pdf');
  });
});
