import { EMPTY_PLACE_FORM, placeFormFrom, placeFormProblems, placeInputFrom } from './place-form';

describe('placeFormProblems', () => {
  it('needs a name and nothing else', () => {
    expect(placeFormProblems({ ...EMPTY_PLACE_FORM, name: 'Ashby' })).toEqual([]);
    expect(placeFormProblems(EMPTY_PLACE_FORM)).toEqual([{ field: 'name', message: "Enter the place's name" }]);
  });

  it('checks an ONS code when one is given, and a long name', () => {
    const problems = placeFormProblems({ ...EMPTY_PLACE_FORM, name: 'x'.repeat(201), onsCode: 'E1' });
    expect(problems).toEqual([
      { field: 'name', message: 'Place name must be 200 characters or fewer' },
      { field: 'onsCode', message: 'ONS code must be E, W, S or N followed by 8 digits, such as E06000047' },
    ]);
  });

  it('checks the local authority and external ID against the same limits as the API', () => {
    expect(placeFormProblems({ ...EMPTY_PLACE_FORM, name: 'Ashby', localAuthority: 'x'.repeat(201), externalId: 'x'.repeat(101) })).toEqual([
      { field: 'localAuthority', message: 'Local authority must be 200 characters or fewer' },
      { field: 'externalId', message: 'External ID must be 100 characters or fewer' },
    ]);
  });
});

describe('placeInputFrom and placeFormFrom', () => {
  it('trims, normalises the ONS code and sends null for empty optional fields', () => {
    expect(placeInputFrom({ name: ' Ashby ', localAuthority: ' ', onsCode: ' e06 000901', externalId: '' })).toEqual({
      name: 'Ashby',
      localAuthority: null,
      onsCode: 'E06000901',
      externalId: null,
    });
  });

  it('fills the form from a saved place', () => {
    expect(
      placeFormFrom({ id: 'p1', name: 'Ashby', localAuthority: 'Ashby Borough Council', onsCode: null, externalId: 'PLACE-1', archived: false }),
    ).toEqual({ name: 'Ashby', localAuthority: 'Ashby Borough Council', onsCode: '', externalId: 'PLACE-1' });
  });
});
