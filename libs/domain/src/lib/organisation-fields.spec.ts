import { NAME_MAX_LENGTH, nameProblem, organisationNameProblem, weightProblem } from './organisation-fields';

describe('organisationNameProblem', () => {
  it('accepts an ordinary name', () => {
    expect(organisationNameProblem("St Aidan's Hospice")).toBeNull();
  });

  it('asks for a name when it is empty or only whitespace', () => {
    expect(organisationNameProblem('')).toBe("Enter the organisation's name");
    expect(organisationNameProblem(' \t ')).toBe("Enter the organisation's name");
  });

  it('allows exactly 200 characters and rejects 201', () => {
    expect(NAME_MAX_LENGTH).toBe(200);
    expect(organisationNameProblem('a'.repeat(200))).toBeNull();
    expect(organisationNameProblem('a'.repeat(201))).toBe('Organisation name must be 200 characters or fewer');
  });

  it('ignores surrounding whitespace when counting', () => {
    expect(organisationNameProblem(`  ${'a'.repeat(200)}  `)).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    // 150 emoji are 300 UTF-16 units but only 150 characters.
    expect(organisationNameProblem('🏥'.repeat(150))).toBeNull();
    expect(organisationNameProblem('🏥'.repeat(201))).toBe('Organisation name must be 200 characters or fewer');
  });
});

describe('nameProblem', () => {
  it('names the subject and the field label', () => {
    expect(nameProblem(' ', 'place')).toBe("Enter the place's name");
    expect(nameProblem('a'.repeat(201), 'forum')).toBe('Forum name must be 200 characters or fewer');
    expect(nameProblem('a'.repeat(201), 'person', 'Name')).toBe('Name must be 200 characters or fewer');
    expect(nameProblem('Ashby', 'place')).toBeNull();
  });
});

describe('weightProblem', () => {
  it('accepts zero and positive numbers', () => {
    expect(weightProblem(0)).toBeNull();
    expect(weightProblem(0.25)).toBeNull();
    expect(weightProblem(812.4)).toBeNull();
  });

  it('rejects negative numbers', () => {
    expect(weightProblem(-0.01)).toBe('Weight must be zero or more');
  });

  it('rejects values that are not finite numbers', () => {
    expect(weightProblem(Number.NaN)).toBe('Weight must be a number');
    expect(weightProblem(Number.POSITIVE_INFINITY)).toBe('Weight must be a number');
    expect(weightProblem(Number.NEGATIVE_INFINITY)).toBe('Weight must be a number');
  });
});
