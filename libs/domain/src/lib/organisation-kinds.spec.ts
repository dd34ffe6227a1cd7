import {
  DEFAULT_SECTOR_BY_KIND,
  isOrganisationKind,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
} from './organisation-kinds';

describe('organisation kinds', () => {
  it('lists the thirteen kinds of partner in a fixed order', () => {
    expect(ORGANISATION_KINDS).toHaveLength(13);
    expect(ORGANISATION_KINDS[0]).toBe('ICB');
    expect(ORGANISATION_KINDS[12]).toBe('OTHER');
  });

  it('labels kinds in sentence case', () => {
    expect(ORGANISATION_KIND_LABELS.ICB).toBe('Integrated care board');
    expect(ORGANISATION_KIND_LABELS.ACUTE_TRUST).toBe('Acute trust');
    expect(ORGANISATION_KIND_LABELS.PRIMARY_CARE_NETWORK).toBe('Primary care network');
    expect(ORGANISATION_KIND_LABELS.GP_FEDERATION).toBe('GP federation');
    expect(ORGANISATION_KIND_LABELS.VCSE).toBe('VCSE organisation');
    expect(ORGANISATION_KIND_LABELS.HEALTHWATCH).toBe('Healthwatch');
  });

  it('gives every kind a distinct label', () => {
    const labels = ORGANISATION_KINDS.map((kind) => ORGANISATION_KIND_LABELS[kind]);
    expect(new Set(labels).size).toBe(ORGANISATION_KINDS.length);
  });

  it('puts each kind in its usual sector', () => {
    expect(DEFAULT_SECTOR_BY_KIND).toEqual({
      ICB: 'NHS',
      ACUTE_TRUST: 'NHS',
      COMMUNITY_TRUST: 'NHS',
      MENTAL_HEALTH_TRUST: 'NHS',
      AMBULANCE_TRUST: 'NHS',
      PRIMARY_CARE_NETWORK: 'NHS',
      GP_FEDERATION: 'NHS',
      LOCAL_AUTHORITY: 'LOCAL_GOVERNMENT',
      VCSE: 'VCSE',
      HOSPICE: 'VCSE',
      SOCIAL_CARE_PROVIDER: 'INDEPENDENT',
      HEALTHWATCH: 'VCSE',
      OTHER: 'INDEPENDENT',
    });
  });

  it('recognises stored kind values only', () => {
    expect(isOrganisationKind('HOSPICE')).toBe(true);
    expect(isOrganisationKind('Hospice')).toBe(false);
    expect(isOrganisationKind('GP_PRACTICE')).toBe(false);
  });
});
