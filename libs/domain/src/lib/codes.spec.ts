import { normaliseCode, odsCodeProblem, onsCodeProblem } from './codes';

const ODS_SHAPE = 'ODS code must be 3 to 6 letters or digits, such as RXN or A81001';
const ODS_LETTER = 'ODS code must contain at least one letter';
const ONS_SHAPE = 'ONS code must be E, W, S or N followed by 8 digits, such as E06000047';

describe('normaliseCode', () => {
  it('trims, removes inner spaces and upper-cases', () => {
    expect(normaliseCode('  rxn 01 ')).toBe('RXN01');
    expect(normaliseCode('a81\t001')).toBe('A81001');
    expect(normaliseCode('e06 000 047')).toBe('E06000047');
  });

  it('leaves other punctuation for the validators to reject', () => {
    expect(normaliseCode('rx-n')).toBe('RX-N');
  });

  it('turns whitespace alone into an empty string', () => {
    expect(normaliseCode('   ')).toBe('');
  });
});

describe('odsCodeProblem', () => {
  it.each([
    ['RXN', 'acute trust'],
    ['R0A', 'trust with a digit'],
    ['QHM', 'integrated care board'],
    ['00L', 'sub-ICB location'],
    ['RXN01', 'trust site'],
    ['A81001', 'GP practice'],
    ['U12345', 'primary care network'],
    ['NL3', 'independent provider'],
    ['DE8', 'VCSE provider'],
  ])('accepts %s (%s)', (code) => {
    expect(odsCodeProblem(code)).toBeNull();
  });

  it('accepts codes that only need normalising', () => {
    expect(odsCodeProblem(' rxn ')).toBeNull();
    expect(odsCodeProblem('a81 001')).toBeNull();
  });

  it('reports an empty code', () => {
    expect(odsCodeProblem('')).toBe('ODS code is empty');
    expect(odsCodeProblem('  ')).toBe('ODS code is empty');
  });

  it('rejects codes shorter than 3 or longer than 6 characters', () => {
    expect(odsCodeProblem('RX')).toBe(ODS_SHAPE);
    expect(odsCodeProblem('A810011')).toBe(ODS_SHAPE);
  });

  it('rejects punctuation and letters outside A to Z', () => {
    expect(odsCodeProblem('RX-N')).toBe(ODS_SHAPE);
    expect(odsCodeProblem('RÖN')).toBe(ODS_SHAPE);
  });

  it('rejects all-digit codes', () => {
    expect(odsCodeProblem('123')).toBe(ODS_LETTER);
    expect(odsCodeProblem('810011')).toBe(ODS_LETTER);
  });

  it('reports the shape before the missing letter', () => {
    expect(odsCodeProblem('12')).toBe(ODS_SHAPE);
  });
});

describe('onsCodeProblem', () => {
  it.each(['E06000047', 'E10000023', 'W06000015', 'S12000036', 'N09000003'])('accepts %s', (code) => {
    expect(onsCodeProblem(code)).toBeNull();
  });

  it('accepts codes that only need normalising', () => {
    expect(onsCodeProblem(' e06 000047')).toBeNull();
  });

  it('reports an empty code', () => {
    expect(onsCodeProblem(' ')).toBe('ONS code is empty');
  });

  it.each([
    ['X06000047', 'unknown nation letter'],
    ['E0600004', 'only 7 digits'],
    ['E060000471', '9 digits'],
    ['E06O00047', 'letter O for zero'],
    ['06000047E', 'letter at the end'],
  ])('rejects %s (%s)', (code) => {
    expect(onsCodeProblem(code)).toBe(ONS_SHAPE);
  });
});
