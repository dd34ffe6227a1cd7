import {
  characterCount,
  EXTERNAL_ID_MAX_LENGTH,
  externalIdProblem,
  FILE_NAME_MAX_LENGTH,
  fileNameProblem,
  localAuthorityProblem,
  PASSWORD_MAX_LENGTH,
  passwordProblem,
  REBASE_REASON_MAX_LENGTH,
  rebaseReasonProblem,
  textHygieneProblem,
  textProblem,
} from './text-rules';

describe('characterCount', () => {
  it('counts an emoji as one character and a lone surrogate as one', () => {
    expect(characterCount('🏥🏥')).toBe(2);
    expect(characterCount('a\uD800b')).toBe(3);
    expect(characterCount('')).toBe(0);
  });
});

describe('textHygieneProblem', () => {
  it('accepts ordinary text, accents and emoji', () => {
    expect(textHygieneProblem("St Aidan's Hospice — Zoë 🏥", 'Name')).toBeNull();
  });

  it('refuses the NUL character, naming the field', () => {
    expect(textHygieneProblem('a\u0000b', 'Name')).toBe('Name contains a NUL character, which cannot be stored; remove it');
  });

  it('refuses a lone high or low surrogate, but not a pair', () => {
    const broken = 'Name contains a broken character (half of an emoji or symbol); retype it';
    expect(textHygieneProblem('a\uD83C', 'Name')).toBe(broken);
    expect(textHygieneProblem('\uDFE5a', 'Name')).toBe(broken);
    expect(textHygieneProblem('\uD83C\uDFE5', 'Name')).toBeNull();
  });
});

describe('textProblem', () => {
  it('allows the limit and refuses one more, ignoring surrounding spaces', () => {
    expect(textProblem('a'.repeat(10), 'Note', 10)).toBeNull();
    expect(textProblem(`  ${'a'.repeat(10)}  `, 'Note', 10)).toBeNull();
    expect(textProblem('a'.repeat(11), 'Note', 10)).toBe('Note must be 10 characters or fewer');
  });
});

describe('field rules', () => {
  it('limits external ids to the database column', () => {
    expect(EXTERNAL_ID_MAX_LENGTH).toBe(100);
    expect(externalIdProblem('x'.repeat(100))).toBeNull();
    expect(externalIdProblem('x'.repeat(101))).toBe('External ID must be 100 characters or fewer');
  });

  it('limits local authority names', () => {
    expect(localAuthorityProblem('Northshire County Council')).toBeNull();
    expect(localAuthorityProblem('x'.repeat(201))).toBe('Local authority must be 200 characters or fewer');
  });

  it('asks for a password, and refuses one over the limit', () => {
    expect(passwordProblem('')).toBe('Enter your password');
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe(`Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`);
    expect(passwordProblem('pass\u0000word')).toBe('Password contains a NUL character, which cannot be stored; remove it');
  });

  it('needs a file name of at most 255 characters', () => {
    expect(fileNameProblem('partners.xlsx')).toBeNull();
    expect(fileNameProblem(' ')).toBe('The file has no name');
    expect(fileNameProblem(`${'x'.repeat(FILE_NAME_MAX_LENGTH - 4)}.csv`)).toBeNull();
    expect(fileNameProblem(`${'x'.repeat(FILE_NAME_MAX_LENGTH - 3)}.csv`)).toBe('File name must be 255 characters or fewer');
  });

  it('needs a rebase reason of 1 to 500 characters, surrounding spaces aside', () => {
    expect(rebaseReasonProblem('  ')).toMatch(/^Enter the reason for the rebase/);
    expect(rebaseReasonProblem(` ${'x'.repeat(REBASE_REASON_MAX_LENGTH)} `)).toBeNull();
    expect(rebaseReasonProblem('x'.repeat(REBASE_REASON_MAX_LENGTH + 1))).toBe('Reason must be 500 characters or fewer');
  });
});
