import { FieldErrors } from '../common/errors';
import type { OrganisationInput } from './dto/organisation.input';
import { normaliseOrganisationInput } from './organisation-input.validation';

const PLACE = '0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f';
const valid: OrganisationInput = { name: 'Ashby Carers Centre', odsCode: null, kind: 'VCSE', sector: 'VCSE', placeIds: [PLACE], weight: null };

function problems(input: Partial<OrganisationInput>) {
  const errors = new FieldErrors();
  const values = normaliseOrganisationInput({ ...valid, ...input }, errors);
  try {
    errors.throwIfAny();
    return { values, fields: [] };
  } catch (error) {
    return { values, fields: (error as { extensions: { fieldErrors: { field: string; message: string }[] } }).extensions.fieldErrors };
  }
}

describe('normaliseOrganisationInput', () => {
  it('tidies the name, upper-cases the ODS code, treats a blank code as none and drops repeated places', () => {
    expect(problems({ name: '  Ashby   Carers\tCentre ', odsCode: ' rxn 01 ', placeIds: [PLACE, PLACE] }).values).toEqual({
      name: 'Ashby Carers Centre', odsCode: 'RXN01', kind: 'VCSE', sector: 'VCSE', placeIds: [PLACE], weight: null, externalId: null,
    });
    expect(problems({ odsCode: '   ' }).values.odsCode).toBeNull();
  });

  it('names each field with a problem, with the domain wording', () => {
    expect(problems({ name: ' ', odsCode: 'R!', weight: -1, placeIds: ['ashby'] }).fields).toEqual([
      { field: 'name', message: "Enter the organisation's name" },
      { field: 'odsCode', message: 'ODS code must be 3 to 6 letters or digits, such as RXN or A81001' },
      { field: 'weight', message: 'Weight must be zero or more' },
      { field: 'placeIds', message: 'One of the places chosen is not a place in this system' },
    ]);
  });

  it('accepts a weight of zero and a name of exactly 200 characters, but not 201', () => {
    expect(problems({ weight: 0, name: 'x'.repeat(200) }).fields).toEqual([]);
    expect(problems({ name: 'x'.repeat(201) }).fields.map((f) => f.field)).toEqual(['name']);
  });
});
