import type { OrganisationFieldsFragment } from '../../../generated/graphql';
import {
  EMPTY_PARTNER_FORM,
  organisationInputFrom,
  parseWeight,
  partnerFormFromOrganisation,
  partnerFormProblems,
  withKind,
  type PartnerFormValues,
} from './partner-form';

const valid: PartnerFormValues = {
  name: '  Northshire Hospice ',
  odsCode: ' rxn 01',
  kind: 'HOSPICE',
  sector: 'VCSE',
  placeIds: ['p1', 'p2'],
  weight: '1,250.5',
  externalId: ' ORG-7 ',
};

describe('withKind', () => {
  it("pre-selects the kind's usual sector while the user has not chosen one", () => {
    expect(withKind(EMPTY_PARTNER_FORM, 'LOCAL_AUTHORITY', false)).toMatchObject({
      kind: 'LOCAL_AUTHORITY',
      sector: 'LOCAL_GOVERNMENT',
    });
    const hospice = withKind(EMPTY_PARTNER_FORM, 'HOSPICE', false);
    expect(withKind(hospice, 'ACUTE_TRUST', false).sector).toBe('NHS');
  });

  it("keeps a sector the user chose", () => {
    const chosen = { ...EMPTY_PARTNER_FORM, sector: 'INDEPENDENT' as const };
    expect(withKind(chosen, 'ACUTE_TRUST', true)).toMatchObject({ kind: 'ACUTE_TRUST', sector: 'INDEPENDENT' });
  });

  it('clears the kind for the empty option or an unknown value without touching the sector', () => {
    const values = { ...EMPTY_PARTNER_FORM, kind: 'ICB' as const, sector: 'NHS' as const };
    expect(withKind(values, '', false)).toMatchObject({ kind: '', sector: 'NHS' });
    expect(withKind(values, 'HOSPITAL', false).kind).toBe('');
  });
});

describe('parseWeight', () => {
  it('reads plain and comma-separated numbers, and empty as no weight', () => {
    expect(parseWeight('')).toBeNull();
    expect(parseWeight('  ')).toBeNull();
    expect(parseWeight('250')).toBe(250);
    expect(parseWeight('1,250.5')).toBe(1250.5);
    expect(parseWeight('.5')).toBe(0.5);
    expect(parseWeight('-3')).toBe(-3);
  });

  it('gives NaN for text that is not a number', () => {
    expect(parseWeight('12abc')).toBeNaN();
    expect(parseWeight('0x10')).toBeNaN();
    expect(parseWeight('1e3')).toBeNaN();
  });
});

describe('partnerFormProblems', () => {
  it('accepts a complete form and an empty optional ODS code and weight', () => {
    expect(partnerFormProblems(valid)).toEqual([]);
    expect(partnerFormProblems({ ...valid, odsCode: '', weight: '' })).toEqual([]);
  });

  it('reports every problem, in page order, naming the field', () => {
    const problems = partnerFormProblems({ ...EMPTY_PARTNER_FORM, odsCode: 'R!', weight: 'lots' });
    expect(problems.map((p) => p.field)).toEqual(['name', 'odsCode', 'kind', 'sector', 'weight']);
    expect(problems.find((p) => p.field === 'odsCode')?.message).toMatch(/ODS code/);
    expect(problems.find((p) => p.field === 'weight')?.message).toMatch(/Weight/);
    expect(problems.find((p) => p.field === 'kind')?.message).toMatch(/kind/);
    expect(problems.find((p) => p.field === 'sector')?.message).toMatch(/sector/);
  });

  it('rejects a negative weight', () => {
    expect(partnerFormProblems({ ...valid, weight: '-1' })).toEqual([
      { field: 'weight', message: expect.stringMatching(/Weight/) },
    ]);
  });
});

describe('organisationInputFrom', () => {
  it('trims the name, normalises the ODS code and parses the weight', () => {
    expect(organisationInputFrom(valid)).toEqual({
      name: 'Northshire Hospice',
      odsCode: 'RXN01',
      kind: 'HOSPICE',
      sector: 'VCSE',
      placeIds: ['p1', 'p2'],
      weight: 1250.5,
      externalId: 'ORG-7',
    });
  });

  it('sends null for an empty ODS code, weight and external ID', () => {
    expect(organisationInputFrom({ ...valid, odsCode: '  ', weight: '', externalId: ' ' })).toMatchObject({
      odsCode: null,
      weight: null,
      externalId: null,
    });
  });

  it('refuses values without a kind', () => {
    expect(() => organisationInputFrom({ ...valid, kind: '' })).toThrow(/kind/);
  });
});

describe('partnerFormFromOrganisation', () => {
  it('fills the form from a saved partner', () => {
    const organisation: OrganisationFieldsFragment = {
      id: 'o1',
      name: 'Northshire ICB',
      odsCode: null,
      kind: 'ICB',
      sector: 'NHS',
      weight: 0,
      externalId: null,
      archived: false,
      places: [{ id: 'p1', name: 'North' }],
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    expect(partnerFormFromOrganisation(organisation)).toEqual({
      name: 'Northshire ICB',
      odsCode: '',
      kind: 'ICB',
      sector: 'NHS',
      placeIds: ['p1'],
      weight: '0',
      externalId: '',
    });
    expect(partnerFormFromOrganisation({ ...organisation, weight: null }).weight).toBe('');
  });
});
