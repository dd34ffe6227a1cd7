import { formatMonth } from '@stewardship/web-charts';
import { reviewMonthOptions, reviewPath, reviewViewFromSearchParams, searchParamsFromReviewView } from './review-params';

describe('the review in the address', () => {
  it('reads ?month=yyyy-mm&place=<id> and writes it back', () => {
    const view = reviewViewFromSearchParams(new URLSearchParams('month=2026-10&place=p1'));
    expect(view).toEqual({ month: '2026-10', placeId: 'p1' });
    expect(searchParamsFromReviewView(view).toString()).toBe('month=2026-10&place=p1');
  });

  it('ignores a month that is not yyyy-mm and an empty place', () => {
    expect(reviewViewFromSearchParams(new URLSearchParams('month=October&place=%20'))).toEqual({ month: undefined, placeId: undefined });
  });

  it('links the page and its board pack', () => {
    expect(reviewPath({ month: '2026-10' })).toBe('/review?month=2026-10');
    expect(reviewPath({ month: '2026-10', placeId: 'p1' }, true)).toBe('/review/board-pack?month=2026-10&place=p1');
    expect(reviewPath({})).toBe('/review');
  });
});

describe('reviewMonthOptions', () => {
  it('offers the months whose round has opened, newest first, the open one marked', () => {
    const options = reviewMonthOptions(
      [
        { month: '2026-09', status: 'CLOSED' },
        { month: '2026-12', status: 'SCHEDULED' },
        { month: '2026-11', status: 'OPEN' },
        { month: '2026-10', status: 'CLOSED' },
      ],
      formatMonth,
    );
    expect(options).toEqual([
      { value: '2026-11', label: 'November 2026 (survey open)' },
      { value: '2026-10', label: 'October 2026' },
      { value: '2026-09', label: 'September 2026' },
    ]);
  });
});
