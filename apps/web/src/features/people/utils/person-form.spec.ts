import { EMPTY_PERSON_FORM, personFormFrom, personFormProblems, personInputFrom } from './person-form';

const valid = { name: ' Jo Example ', email: ' Jo.Example@Example.NHS.uk ', organisationId: 'o1', roleGroup: 'CLINICAL' as const, externalId: '' };

describe('personFormProblems', () => {
  it('accepts a complete form', () => {
    expect(personFormProblems(valid)).toEqual([]);
  });

  it('reports every missing field, in page order', () => {
    expect(personFormProblems(EMPTY_PERSON_FORM)).toEqual([
      { field: 'name', message: "Enter the person's name" },
      { field: 'email', message: "Enter the person's work email address" },
      { field: 'organisationId', message: 'Select the partner organisation this person represents' },
      { field: 'roleGroup', message: 'Select the role group' },
    ]);
  });

  it('checks the email address', () => {
    expect(personFormProblems({ ...valid, email: 'jo.example' })).toEqual([
      { field: 'email', message: 'Email address must contain exactly one @, such as name@example.nhs.uk' },
    ]);
  });
});

describe('personInputFrom and personFormFrom', () => {
  it('trims, lower-cases the email and sends null for no external ID', () => {
    expect(personInputFrom(valid)).toEqual({
      name: 'Jo Example',
      email: 'jo.example@example.nhs.uk',
      organisationId: 'o1',
      roleGroup: 'CLINICAL',
      externalId: null,
    });
  });

  it('fills the form from a saved person', () => {
    const person = {
      id: 'x1',
      name: 'Jo Example',
      email: 'jo@example.org',
      roleGroup: 'VCSE' as const,
      externalId: null,
      archived: false,
      organisation: { id: 'o1', name: 'Ashby Voluntary Action' },
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    expect(personFormFrom(person)).toEqual({ name: 'Jo Example', email: 'jo@example.org', organisationId: 'o1', roleGroup: 'VCSE', externalId: '' });
  });
});
