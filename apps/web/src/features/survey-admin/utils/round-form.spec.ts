import { defaultRoundValues, readRoundForm, responsesText, suggestedMonth } from './round-form';

const valid = {
  month: '2026-11',
  opens: { day: '23', month: '11', year: '2026' },
  closes: { day: '1', month: '12', year: '2026' },
  personIds: ['p1', 'p2'],
};

describe('readRoundForm', () => {
  it('opens at the start of the first day and closes at the end of the last, UK time', () => {
    expect(readRoundForm(valid)).toEqual({
      kind: 'valid',
      input: { month: '2026-11', opensAt: '2026-11-23T00:00:00.000Z', closesAt: '2026-12-01T23:59:59.000Z', personIds: ['p1', 'p2'] },
    });
  });

  it('says what is missing or wrong, against the API’s field names', () => {
    const reading = readRoundForm({ month: 'Nov 2026', opens: { day: '', month: '', year: '' }, closes: { day: '31', month: '2', year: '2026' }, personIds: [] });
    expect(reading).toEqual({
      kind: 'invalid',
      errors: [
        { field: 'month', message: 'Enter the month as yyyy-mm, for example 2026-11' },
        { field: 'opensAt', message: 'Enter the opening date' },
        { field: 'closesAt', message: 'The closing date must be a real date' },
        { field: 'personIds', message: 'Choose at least one person to invite' },
      ],
    });
  });

  it('refuses a closing date before the opening date', () => {
    const reading = readRoundForm({ ...valid, closes: { day: '22', month: '11', year: '2026' } });
    expect(reading).toEqual({ kind: 'invalid', errors: [{ field: 'closesAt', message: 'The closing date must be the same as or after the opening date' }] });
  });
});

describe('a new round’s defaults', () => {
  it('suggests the first month from now without a round, open today for two weeks', () => {
    expect(suggestedMonth([{ month: '2026-10' }], '2026-11-24')).toBe('2026-11');
    expect(suggestedMonth([{ month: '2026-11' }, { month: '2026-12' }], '2026-11-24')).toBe('2027-01');
    expect(defaultRoundValues([], '2026-11-24')).toEqual({
      month: '2026-11',
      opens: { day: '24', month: '11', year: '2026' },
      closes: { day: '8', month: '12', year: '2026' },
      personIds: [],
    });
  });
});

describe('responsesText', () => {
  it('counts responses against invitations when people were invited', () => {
    expect(responsesText({ responseCount: 3, invitationCount: 1200 })).toBe('3 of 1,200 invited responded');
    expect(responsesText({ responseCount: 0, invitationCount: 40 })).toBe('0 of 40 invited responded');
  });

  it('counts responses alone when they were loaded without invitations, never "of 0"', () => {
    expect(responsesText({ responseCount: 161, invitationCount: 0 })).toBe('161 responses');
    expect(responsesText({ responseCount: 1, invitationCount: 0 })).toBe('1 response');
    expect(responsesText({ responseCount: 0, invitationCount: 0 })).toBe('0 responses');
  });
});
