import { FieldErrors } from '../common/errors';
import type { ClaimEvidenceInput } from './dto/claim-evidence.input';
import type { ClaimInput } from './dto/claim.input';
import { normaliseClaimInput, normaliseEvidenceInput } from './claim-input.validation';

const ORG = '6f1c1f2e-8c55-4d5e-9f0e-1d2c3b4a5f60';
const CLAIM = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const claim = (overrides: Partial<ClaimInput> = {}): ClaimInput => ({
  text: ' Power is now shared fairly across the system. ',
  sourceTitle: '  ICB board   paper, March 2026 ',
  sourceUrl: ' ',
  sourcePage: ' 12 ',
  madeById: ORG,
  madeByRole: 'Chief executive',
  madeOn: '2026-03-05',
  from: '2025-03-01',
  to: '2026-02-28',
  practices: ['SHARING_POWER', 'SHARING_POWER'],
  direction: 'fair',
  placeId: '',
  partnerIds: [ORG, ORG],
  ...overrides,
});

/** The fields a normaliser named, in order. */
function fieldsNamed(run: (errors: FieldErrors) => unknown): string[] {
  const errors = new FieldErrors();
  run(errors);
  try {
    errors.throwIfAny();
    return [];
  } catch (error) {
    return (error as { extensions: { fieldErrors: { field: string }[] } }).extensions.fieldErrors.map((e) => e.field);
  }
}

describe('normaliseClaimInput', () => {
  it('tidies text and drops empty optional fields and repeats', () => {
    const normalised = normaliseClaimInput(claim(), new FieldErrors());
    expect(normalised).toMatchObject({ text: 'Power is now shared fairly across the system.', sourceTitle: 'ICB board paper, March 2026', sourceUrl: null, sourcePage: '12', placeId: null, practices: ['SHARING_POWER'], partnerIds: [ORG] });
    expect(fieldsNamed((errors) => normaliseClaimInput(claim(), errors))).toEqual([]);
  });

  it('names every field with a problem', () => {
    const input = claim({ text: ' ', sourceUrl: 'javascript:alert(1)', madeById: 'acme', madeOn: '2026-02-30', to: '2025-02-01', practices: [], placeId: 'north', partnerIds: ['x'] });
    expect(fieldsNamed((errors) => normaliseClaimInput(input, errors))).toEqual(['text', 'sourceUrl', 'madeById', 'madeOn', 'to', 'practices', 'placeId', 'partnerIds.0']);
  });

  it('takes a period of up to 30 calendar months that starts by the day the claim was made', () => {
    // January 2024 to June 2026 is 30 calendar months; to 1 July 2026 is 31.
    expect(fieldsNamed((errors) => normaliseClaimInput(claim({ from: '2024-01-15', to: '2026-06-30', madeOn: '2026-07-01' }), errors))).toEqual([]);
    expect(fieldsNamed((errors) => normaliseClaimInput(claim({ from: '2024-01-15', to: '2026-07-01', madeOn: '2026-07-01' }), errors))).toEqual(['to']);
    expect(fieldsNamed((errors) => normaliseClaimInput(claim({ from: '2026-03-06' , to: '2026-04-30' }), errors))).toEqual(['from']);
  });
});

describe('normaliseEvidenceInput', () => {
  const evidence = (overrides: Partial<ClaimEvidenceInput>): ClaimEvidenceInput => ({ claimId: CLAIM, kind: 'DOCUMENT', ...overrides });

  it('keeps the fields the kind uses', () => {
    const normalised = normaliseEvidenceInput(evidence({ kind: 'POWER_INDICATOR', powerFigure: 'inclusionRatio', placeId: ORG, note: '  Falls each month ' }), new FieldErrors());
    expect(normalised).toEqual({ kind: 'POWER_INDICATOR', decisionId: null, powerFigure: 'inclusionRatio', practice: null, placeId: ORG, organisationId: null, networkMeasure: null, documentTitle: null, documentUrl: null, note: 'Falls each month' });
  });

  it('asks for what the kind needs and refuses what it does not use', () => {
    expect(fieldsNamed((errors) => normaliseEvidenceInput(evidence({ kind: 'DECISION', placeId: ORG }), errors))).toEqual(['decisionId', 'placeId']);
    expect(fieldsNamed((errors) => normaliseEvidenceInput(evidence({ documentTitle: ' ', documentUrl: 'ftp://x' }), errors))).toEqual(['documentTitle', 'documentUrl']);
  });

  it('takes a partner for a partner’s measure and a place (or none) for a network’s', () => {
    expect(fieldsNamed((errors) => normaliseEvidenceInput(evidence({ kind: 'NETWORK_MEASURE', networkMeasure: 'degree', organisationId: ORG }), errors))).toEqual([]);
    expect(fieldsNamed((errors) => normaliseEvidenceInput(evidence({ kind: 'NETWORK_MEASURE', networkMeasure: 'degree', placeId: ORG }), errors))).toEqual(['organisationId', 'placeId']);
    expect(fieldsNamed((errors) => normaliseEvidenceInput(evidence({ kind: 'NETWORK_MEASURE', networkMeasure: 'density' }), errors))).toEqual([]);
    expect(fieldsNamed((errors) => normaliseEvidenceInput(evidence({ kind: 'NETWORK_MEASURE', networkMeasure: 'density', organisationId: ORG }), errors))).toEqual(['organisationId']);
  });
});
