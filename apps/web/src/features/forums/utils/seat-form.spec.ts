import { EMPTY_DATE } from '../../../shared/utils/date-parts';
import { checkAddSeat, checkChangeSeat, checkEndSeat, seatRolesOf } from './seat-form';

const day = (d: string, m: string, y: string) => ({ day: d, month: m, year: y });

describe('checkAddSeat', () => {
  it('gives the seat input for a complete form, with no last day', () => {
    expect(checkAddSeat('f1', { organisationId: 'o1', roles: ['voting'], from: day('1', '4', '2025'), to: EMPTY_DATE })).toEqual({
      problems: [],
      input: { forumId: 'f1', organisationId: 'o1', voting: true, chair: false, from: '2025-04-01', to: null },
    });
  });

  it('needs an organisation and a first day, in page order', () => {
    const { problems, input } = checkAddSeat('f1', { organisationId: '', roles: [], from: EMPTY_DATE, to: EMPTY_DATE });
    expect(input).toBeNull();
    expect(problems).toEqual([
      { field: 'organisationId', message: 'Select the organisation that holds the seat' },
      { field: 'from', message: 'Enter the first day of the seat' },
    ]);
  });

  it('refuses a last day before the first', () => {
    const { problems } = checkAddSeat('f1', { organisationId: 'o1', roles: ['chair'], from: day('1', '4', '2025'), to: day('31', '3', '2025') });
    expect(problems).toEqual([{ field: 'to', message: 'The last day of the seat must be the same as or after the first day' }]);
  });

  it('passes on date problems', () => {
    const { problems } = checkAddSeat('f1', { organisationId: 'o1', roles: [], from: day('31', '2', '2025'), to: day('1', '', '') });
    expect(problems.map((p) => p.message)).toEqual([
      'The first day of the seat must be a real date',
      'The last day of the seat must include a month and year',
    ]);
  });
});

describe('checkChangeSeat', () => {
  const seat = { from: '2024-04-01', to: null };

  it('gives the change for a date after the seat began', () => {
    expect(checkChangeSeat(seat, { roles: ['voting', 'chair'], from: day('1', '10', '2025') })).toEqual({
      problems: [],
      input: { voting: true, chair: true, from: '2025-10-01' },
    });
  });

  it('refuses a date on or before the seat began, or after it ended', () => {
    expect(checkChangeSeat(seat, { roles: [], from: day('1', '4', '2024') }).problems).toEqual([
      { field: 'from', message: 'The change must take effect after the seat began on 1 April 2024' },
    ]);
    expect(checkChangeSeat({ from: '2024-04-01', to: '2025-03-31' }, { roles: [], from: day('1', '4', '2025') }).problems).toEqual([
      { field: 'from', message: 'The seat ended on 31 March 2025. Add a new seat instead' },
    ]);
    expect(checkChangeSeat(seat, { roles: [], from: EMPTY_DATE }).problems).toEqual([
      { field: 'from', message: 'Enter the date the change takes effect' },
    ]);
  });
});

describe('checkEndSeat', () => {
  it('gives the last day, which may be the first', () => {
    expect(checkEndSeat({ from: '2024-04-01' }, day('1', '4', '2024'))).toEqual({ problems: [], input: '2024-04-01' });
  });

  it('refuses no date and a date before the seat began', () => {
    expect(checkEndSeat({ from: '2024-04-01' }, EMPTY_DATE).problems).toEqual([{ field: 'to', message: 'Enter the last day of the seat' }]);
    expect(checkEndSeat({ from: '2024-04-01' }, day('31', '3', '2024')).problems).toEqual([
      { field: 'to', message: 'The last day must be on or after the day the seat began, 1 April 2024' },
    ]);
  });
});

describe('seatRolesOf', () => {
  it('ticks the boxes a seat has', () => {
    expect(seatRolesOf({ voting: true, chair: false })).toEqual(['voting']);
    expect(seatRolesOf({ voting: true, chair: true })).toEqual(['voting', 'chair']);
    expect(seatRolesOf({ voting: false, chair: false })).toEqual([]);
  });
});
