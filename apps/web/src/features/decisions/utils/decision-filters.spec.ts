import { decisionCountText, decisionFilterFrom, filtersFromSearchParams, hasActiveFilters, searchParamsFromFilters, type DecisionFilters } from './decision-filters';

const everything: DecisionFilters = {
  search: 'pooled budget',
  forumId: 'f1',
  placeId: 'p2',
  from: '2026-01-01',
  to: '2026-03-31',
  organisationId: 'o7',
  practice: 'SHARING_POWER',
  outcome: 'DEFERRED',
  reopens: true,
  outsideForum: false,
};

describe('decision filters in the URL', () => {
  it('reads an empty query string as no filters', () => {
    expect(filtersFromSearchParams(new URLSearchParams())).toEqual({ search: '' });
    expect(hasActiveFilters(filtersFromSearchParams(new URLSearchParams()))).toBe(false);
  });

  it('writes every filter and reads it back the same', () => {
    const params = searchParamsFromFilters(everything);
    expect(params.toString()).toBe(
      'search=pooled+budget&forum=f1&place=p2&from=2026-01-01&to=2026-03-31&organisation=o7&practice=SHARING_POWER&outcome=DEFERRED&reopens=yes&outside=no',
    );
    expect(filtersFromSearchParams(params)).toEqual(everything);
  });

  it('keeps "no" apart from "either" for the yes/no filters', () => {
    expect(filtersFromSearchParams(new URLSearchParams('reopens=no&outside=yes'))).toMatchObject({ reopens: false, outsideForum: true });
    expect(filtersFromSearchParams(new URLSearchParams('reopens=maybe'))).toMatchObject({ reopens: undefined });
    expect(decisionFilterFrom({ search: '', reopens: false })).toEqual({ reopens: false });
  });

  it('ignores values that are not real: a day that does not exist, an unknown practice or outcome', () => {
    expect(filtersFromSearchParams(new URLSearchParams('from=2026-02-30&to=soon&practice=LUCK&outcome=MAYBE'))).toEqual({ search: '' });
  });

  it("starts a place lead on their place, and records in the URL when they choose all places", () => {
    expect(filtersFromSearchParams(new URLSearchParams(), 'p2').placeId).toBe('p2');
    expect(searchParamsFromFilters({ search: '', placeId: 'p2' }, 'p2').toString()).toBe('');
    expect(searchParamsFromFilters({ search: '' }, 'p2').toString()).toBe('place=all');
    expect(filtersFromSearchParams(new URLSearchParams('place=all'), 'p2').placeId).toBeUndefined();
  });

  it('sends the API only the filters in force, search trimmed', () => {
    expect(decisionFilterFrom({ search: '  falls ' })).toEqual({ search: 'falls' });
    expect(decisionFilterFrom(everything)).toEqual({ ...everything, search: 'pooled budget' });
  });

  it('counts decisions', () => {
    expect(decisionCountText(1)).toBe('1 decision');
    expect(decisionCountText(2140)).toBe('2,140 decisions');
  });
});
