import { checkClaimForm, claimErrorTarget, EMPTY_CLAIM_FORM, type ClaimFormValues } from './claim-form';

const filled: ClaimFormValues = {
  ...EMPTY_CLAIM_FORM,
  text: ' Power is now shared fairly across the system. ',
  sourceTitle: 'ICB board paper, March 2026',
  sourceUrl: '',
  sourcePage: '12',
  madeById: 'icb',
  madeByRole: 'Chief executive',
  madeOn: { day: '12', month: '3', year: '2026' },
  from: { day: '1', month: '4', year: '2025' },
  to: { day: '31', month: '3', year: '2026' },
  practices: ['SHARING_POWER'],
  direction: 'fair',
  partners: [{ id: 'vcs', name: 'Northshire VCS Alliance' }],
};

describe('checkClaimForm', () => {
  it('sends the claim trimmed, with its dates as yyyy-mm-dd, empty optional fields as null and the named partners’ ids', () => {
    const { problems, input } = checkClaimForm(filled);
    expect(problems).toEqual([]);
    expect(input).toEqual({
      text: 'Power is now shared fairly across the system.',
      sourceTitle: 'ICB board paper, March 2026',
      sourceUrl: null,
      sourcePage: '12',
      madeById: 'icb',
      madeByRole: 'Chief executive',
      madeOn: '2026-03-12',
      from: '2025-04-01',
      to: '2026-03-31',
      practices: ['SHARING_POWER'],
      direction: 'fair',
      placeId: null,
      partnerIds: ['vcs'],
    });
  });

  it('names every missing field, in page order', () => {
    const { problems, input } = checkClaimForm(EMPTY_CLAIM_FORM);
    expect(input).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(['text', 'sourceTitle', 'madeById', 'madeByRole', 'madeOn', 'from', 'to', 'practices', 'direction']);
  });

  it('refuses a period that ends before it starts', () => {
    const { problems } = checkClaimForm({ ...filled, to: { day: '31', month: '3', year: '2025' } });
    expect(problems).toEqual([{ field: 'to', message: 'The last day of the period must be on or after its first day' }]);
  });

  it('links a date’s error to its day box', () => {
    expect(claimErrorTarget('from')).toBe('from-day');
    expect(claimErrorTarget('text')).toBe('text');
  });
});
