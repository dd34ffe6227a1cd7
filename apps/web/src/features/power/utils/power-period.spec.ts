import { addMonths, decisionsLink, defaultPowerFilters, monthsOf, periodDays, powerFiltersFromSearchParams, searchParamsFromPowerFilters } from './power-period';

const TODAY = new Date('2026-12-02T10:00:00Z');

describe('the power page period', () => {
  it('defaults to the last 12 months, this one included', () => {
    expect(defaultPowerFilters(TODAY)).toEqual({ from: '2026-01', to: '2026-12', month: '2026-12' });
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsOf('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('reads the place, period and month from the URL, and falls back for a period the API would refuse', () => {
    const read = (query: string) => powerFiltersFromSearchParams(new URLSearchParams(query), TODAY);
    expect(read('placeId=p1&from=2025-01&to=2025-06&month=2025-03')).toEqual({ placeId: 'p1', from: '2025-01', to: '2025-06', month: '2025-03' });
    // A month outside the period is the period's last; a backwards or over-60-month period is the default.
    expect(read('from=2025-01&to=2025-06&month=2026-03').month).toBe('2025-06');
    expect(read('from=2025-06&to=2025-01')).toEqual({ placeId: undefined, from: '2026-01', to: '2026-12', month: '2026-12' });
    expect(read('from=2021-01&to=2026-01').from).toBe('2026-01');
    expect(read('from=2021-02&to=2026-01').from).toBe('2021-02');
  });

  it('writes only what differs from the defaults back to the URL', () => {
    const write = (filters: Parameters<typeof searchParamsFromPowerFilters>[0]) => searchParamsFromPowerFilters(filters, TODAY).toString();
    expect(write(defaultPowerFilters(TODAY))).toBe('');
    expect(write({ placeId: 'p1', from: '2025-01', to: '2025-06', month: '2025-02' })).toBe('placeId=p1&from=2025-01&to=2025-06&month=2025-02');
  });

  it('turns months into the days the API counts, leap years included', () => {
    expect(periodDays('2024-01', '2024-02')).toEqual({ from: '2024-01-01', to: '2024-02-29' });
    expect(periodDays('2025-03', '2025-12')).toEqual({ from: '2025-03-01', to: '2025-12-31' });
  });

  it('links each figure to its decisions, with the filter that selects the kind of decision it counts', () => {
    expect(decisionsLink('inclusionRatio', 'p1', '2026-01', '2026-03')).toBe('/decisions?place=p1&from=2026-01-01&to=2026-03-31');
    expect(decisionsLink('outsideForumShare', undefined, '2026-01', '2026-01')).toBe('/decisions?from=2026-01-01&to=2026-01-31&outside=yes');
    expect(decisionsLink('reopenedShare', undefined, '2026-01', '2026-01')).toBe('/decisions?from=2026-01-01&to=2026-01-31&reopens=yes');
  });
});
