import { EMAIL_MAX_LENGTH, emailProblem, isRoleGroup, ROLE_GROUP_LABELS, ROLE_GROUPS } from './role-groups';

const ONE_AT = 'Email address must contain exactly one @, such as name@example.nhs.uk';
const DOMAIN = 'Email address needs a domain with a dot after the @, such as nhs.net';

describe('role groups', () => {
  it('lists the five groups respondents report from', () => {
    expect(ROLE_GROUPS).toEqual(['EXECUTIVE', 'CLINICAL', 'OPERATIONAL', 'VCSE', 'OTHER']);
  });

  it('labels each group for people', () => {
    expect(ROLE_GROUP_LABELS).toEqual({
      EXECUTIVE: 'Executive',
      CLINICAL: 'Clinical',
      OPERATIONAL: 'Operational',
      VCSE: 'VCSE',
      OTHER: 'Other',
    });
  });

  it('recognises stored group values only', () => {
    expect(isRoleGroup('CLINICAL')).toBe(true);
    expect(isRoleGroup('Clinical')).toBe(false);
    expect(isRoleGroup('NURSING')).toBe(false);
    expect(isRoleGroup(null)).toBe(false);
  });
});

describe('emailProblem', () => {
  it.each(['jo.bloggs@nhs.net', 'a.b-c+board@northshire.gov.uk', 'x@y.co', '  padded@example.org  '])('accepts %s', (email) => {
    expect(emailProblem(email)).toBeNull();
  });

  it('asks for an address when it is empty or only whitespace', () => {
    expect(emailProblem('')).toBe('Enter an email address');
    expect(emailProblem(' \t')).toBe('Enter an email address');
  });

  it('rejects spaces inside the address', () => {
    expect(emailProblem('jo bloggs@nhs.net')).toBe('Email address must not contain spaces');
  });

  it('needs exactly one @', () => {
    expect(emailProblem('jo.nhs.net')).toBe(ONE_AT);
    expect(emailProblem('jo@@nhs.net')).toBe(ONE_AT);
    expect(emailProblem('jo@board@nhs.net')).toBe(ONE_AT);
  });

  it('needs a name before the @', () => {
    expect(emailProblem('@nhs.net')).toBe('Email address needs a name before the @, such as name@example.nhs.uk');
  });

  it.each(['jo@nhs', 'jo@', 'jo@.nhs.net', 'jo@nhs.', 'jo@nhs..net'])('needs a dotted domain after the @ (%s)', (email) => {
    expect(emailProblem(email)).toBe(DOMAIN);
  });

  it('allows exactly 254 characters and rejects 255', () => {
    const domain = '@example.org';
    expect(EMAIL_MAX_LENGTH).toBe(254);
    expect(emailProblem('a'.repeat(254 - domain.length) + domain)).toBeNull();
    expect(emailProblem('a'.repeat(255 - domain.length) + domain)).toBe('Email address must be 254 characters or fewer');
  });
});
