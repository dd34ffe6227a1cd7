import { DEFAULT_VIEW, searchParamsFromView, viewFromSearchParams } from './network-params';

describe('the network page’s URL', () => {
  it('reads every choice, ignoring values that are not real', () => {
    expect(viewFromSearchParams(new URLSearchParams('month=2026-02&placeId=p1&sector=VCSE&kind=ONE_SIDED&minStrength=0.4&size=betweenness&colour=changes'))).toEqual({
      month: '2026-02',
      placeId: 'p1',
      sector: 'VCSE',
      kind: 'ONE_SIDED',
      minStrength: 0.4,
      sizeBy: 'betweenness',
      colourBy: 'changes',
    });
    expect(viewFromSearchParams(new URLSearchParams('month=2026-13&kind=WEAK&minStrength=2&size=big&colour=red'))).toEqual({ ...DEFAULT_VIEW, month: undefined, placeId: undefined, sector: undefined, kind: undefined });
    expect(viewFromSearchParams(new URLSearchParams('minStrength=lots')).minStrength).toBe(0);
  });

  it('writes only what differs from the default, and reads it back', () => {
    expect(searchParamsFromView(DEFAULT_VIEW).toString()).toBe('');
    const view = { ...DEFAULT_VIEW, month: '2026-01', kind: 'MISSING', minStrength: 0.2 } as const;
    const params = searchParamsFromView(view);
    expect(params.toString()).toBe('month=2026-01&kind=MISSING&minStrength=0.2');
    expect(viewFromSearchParams(params)).toEqual({ ...view, placeId: undefined, sector: undefined });
  });
});
