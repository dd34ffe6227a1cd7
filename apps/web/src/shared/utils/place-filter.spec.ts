import { allPlacesQuery, placeIdFromParams, setPlaceParam } from './place-filter';

describe('a list’s place filter in the URL', () => {
  it('starts on the default place until the user clears it with place=all', () => {
    expect(placeIdFromParams(new URLSearchParams(''), 'mine')).toBe('mine');
    expect(placeIdFromParams(new URLSearchParams('place=all'), 'mine')).toBeUndefined();
    expect(placeIdFromParams(new URLSearchParams('place=p2'), 'mine')).toBe('p2');
    expect(placeIdFromParams(new URLSearchParams(''))).toBeUndefined();
  });

  it('writes only what differs from the default', () => {
    const write = (placeId: string | undefined, defaultPlaceId?: string) => {
      const params = new URLSearchParams();
      setPlaceParam(params, placeId, defaultPlaceId);
      return params.toString();
    };
    expect(write('mine', 'mine')).toBe('');
    expect(write(undefined, 'mine')).toBe('place=all');
    expect(write('p2')).toBe('place=p2');
    expect(write(undefined)).toBe('');
    expect(allPlacesQuery('mine')).toBe('?place=all');
    expect(allPlacesQuery()).toBe('');
  });
});
