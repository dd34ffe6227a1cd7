import type * as z from 'zod';
import {
  choiceCell,
  choiceKey,
  dateCell,
  emailCell,
  externalIdCell,
  nameCell,
  odsCodeCell,
  onsCodeCell,
  optionalCell,
  localAuthorityCell,
  referenceCell,
  referenceListCell,
  weightCell,
  yesNoCell,
} from './cell-schemas';
import type { Reference } from './register-index';

/** The value a cell parses to, or its problem messages. */
function parsed(schema: z.ZodType, cell: string | undefined): unknown {
  const result = schema.safeParse(cell);
  return result.success ? result.data : { problems: result.error.issues.map((issue) => issue.message) };
}

const problem = (message: string) => ({ problems: [message] });

describe('optionalCell', () => {
  it('tells a blank cell (null) from a column left out (undefined)', () => {
    expect(parsed(localAuthorityCell, '')).toBeNull();
    expect(parsed(localAuthorityCell, undefined)).toBeUndefined();
    expect(parsed(localAuthorityCell, 'Example  North   Council')).toBe('Example North Council');
    expect(parsed(optionalCell(yesNoCell(true)), '')).toBeNull();
  });
});

describe('nameCell', () => {
  it('collapses runs of spaces', () => {
    expect(parsed(nameCell('place'), 'Example   North')).toBe('Example North');
  });

  it('asks for a missing name and limits it to 200 characters', () => {
    expect(parsed(nameCell('place'), '')).toEqual(problem("Enter the place's name"));
    expect(parsed(nameCell('forum'), 'a'.repeat(200))).toBe('a'.repeat(200));
    expect(parsed(nameCell('forum'), 'a'.repeat(201))).toEqual(problem('Forum name must be 200 characters or fewer'));
  });
});

describe('externalIdCell', () => {
  it('takes up to 100 characters as written', () => {
    expect(parsed(externalIdCell, 'Org-001')).toBe('Org-001');
    expect(parsed(externalIdCell, 'x'.repeat(101))).toEqual(problem('External ID must be 100 characters or fewer'));
  });
});

describe('code cells', () => {
  it('normalises ODS and ONS codes', () => {
    expect(parsed(odsCodeCell, 'rxn 01')).toBe('RXN01');
    expect(parsed(onsCodeCell, 'e06 000047')).toBe('E06000047');
  });

  it('quotes the bad code and gives the domain rule', () => {
    expect(parsed(odsCodeCell, 'R!')).toEqual(problem('Bad ODS code "R!": ODS code must be 3 to 6 letters or digits, such as RXN or A81001'));
    expect(parsed(odsCodeCell, '123')).toEqual(problem('Bad ODS code "123": ODS code must contain at least one letter'));
    expect(parsed(onsCodeCell, 'X06000047')).toEqual(problem('Bad ONS code "X06000047": ONS code must be E, W, S or N followed by 8 digits, such as E06000047'));
  });
});

describe('choiceCell', () => {
  const colour = choiceCell('colour', ['DARK_RED', 'GREEN'], { DARK_RED: 'Dark red', GREEN: 'Green' });

  it('accepts the stored value or the label, ignoring case and separators', () => {
    for (const cell of ['DARK_RED', 'dark_red', 'Dark red', 'DARK RED', 'dark-red', 'Dark  red']) {
      expect(parsed(colour, cell)).toBe('DARK_RED');
    }
    expect(choiceKey(' Acute_Trust ')).toBe('acute trust');
  });

  it('names an unknown choice and lists the labels to use', () => {
    expect(parsed(colour, 'Spaceship')).toEqual(problem('Unknown colour "Spaceship": use one of Dark red, Green'));
    expect(parsed(colour, '')).toEqual(problem('Enter the colour: one of Dark red, Green'));
  });
});

describe('yesNoCell', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['1', true],
    ['no', false],
    ['n', false],
    ['False', false],
    ['0', false],
  ])('reads %s as %s', (cell, value) => {
    expect(parsed(yesNoCell(false), cell)).toBe(value);
  });

  it('gives the default for a blank cell', () => {
    expect(parsed(yesNoCell(true), '')).toBe(true);
    expect(parsed(yesNoCell(false), '')).toBe(false);
  });

  it('refuses anything else', () => {
    expect(parsed(yesNoCell(true), 'maybe')).toEqual(problem('Bad value "maybe": use yes or no'));
  });
});

describe('dateCell', () => {
  const from = dateCell('the date the seat began');

  it('reads yyyy-mm-dd and the UK dd/mm/yyyy as yyyy-mm-dd', () => {
    expect(parsed(from, '2024-04-01')).toBe('2024-04-01');
    expect(parsed(from, '01/04/2024')).toBe('2024-04-01');
    expect(parsed(from, '1/4/2024')).toBe('2024-04-01');
    expect(parsed(from, '29/02/2024')).toBe('2024-02-29');
  });

  it('refuses dates that do not exist or are written another way', () => {
    for (const cell of ['2023-02-29', '31/04/2024', '2024-13-01', '04/01/24', 'April 2024', '2024/04/01']) {
      expect(parsed(from, cell)).toEqual(problem(`Bad date "${cell}": use a real date written as yyyy-mm-dd or dd/mm/yyyy`));
    }
  });

  it('asks for a missing date', () => {
    expect(parsed(from, '')).toEqual(problem('Enter the date the seat began as yyyy-mm-dd or dd/mm/yyyy'));
  });
});

describe('weightCell', () => {
  it('reads plain numbers and thousands separators', () => {
    expect(parsed(weightCell, '0')).toBe(0);
    expect(parsed(weightCell, '812.4')).toBe(812.4);
    expect(parsed(weightCell, '1,250,000')).toBe(1_250_000);
  });

  it('refuses negative numbers and words', () => {
    expect(parsed(weightCell, '-3')).toEqual(problem('Bad weight "-3": Weight must be zero or more'));
    expect(parsed(weightCell, 'lots')).toEqual(problem('Bad weight "lots": Weight must be a number'));
    expect(parsed(weightCell, '1,25')).toEqual(problem('Bad weight "1,25": Weight must be a number'));
  });
});

describe('emailCell', () => {
  it('lower-cases a good address', () => {
    expect(parsed(emailCell, 'Jo.Bloggs@NHS.net')).toBe('jo.bloggs@nhs.net');
  });

  it('quotes a bad address with the domain rule it breaks', () => {
    expect(parsed(emailCell, 'jo.nhs.net')).toEqual(problem('Bad email address "jo.nhs.net": Email address must contain exactly one @, such as name@example.nhs.uk'));
    expect(parsed(emailCell, '')).toEqual(problem("Enter the person's email address"));
  });
});

describe('reference cells', () => {
  const colours: Record<string, Reference> = { red: { id: 'c-red' }, blue: { id: 'c-blue' } };
  const find = (written: string): Reference => colours[written.toLowerCase()] ?? { problem: `Unknown colour "${written}"` };

  it('resolves a reference to its id, or reports what the finder said', () => {
    const colour = referenceCell('Enter a colour', find);
    expect(parsed(colour, 'Red')).toBe('c-red');
    expect(parsed(colour, 'Mauve')).toEqual(problem('Unknown colour "Mauve"'));
    expect(parsed(colour, '')).toEqual(problem('Enter a colour'));
  });

  it('resolves a semicolon-separated list, counting repeats once and naming every unknown', () => {
    const list = referenceListCell(find);
    expect(parsed(list, 'Red; blue ;RED;')).toEqual(['c-red', 'c-blue']);
    expect(parsed(list, 'Mauve; Red; Teal')).toEqual({ problems: ['Unknown colour "Mauve"', 'Unknown colour "Teal"'] });
  });
});

describe('localAuthorityCell', () => {
  it('allows 200 characters and refuses 201, as the place form does', () => {
    expect(parsed(localAuthorityCell, 'x'.repeat(200))).toBe('x'.repeat(200));
    expect(parsed(localAuthorityCell, 'x'.repeat(201))).toEqual(problem('Local authority must be 200 characters or fewer'));
  });
});
