import { FORUM_KIND_LABELS, ORGANISATION_KIND_LABELS, ROLE_GROUP_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import { IMPORT_COLUMNS, IMPORT_KINDS, templateHeader } from './import-columns';

describe('import columns', () => {
  it('has the five kinds of import in the order they depend on each other', () => {
    expect(IMPORT_KINDS).toEqual(['places', 'organisations', 'forums', 'people', 'decisions']);
  });

  it.each([
    ['places', ['External ID', 'Name', 'Local authority', 'ONS code']],
    ['organisations', ['External ID', 'Name', 'ODS code', 'Kind', 'Sector', 'Places', 'Weight']],
    ['forums', ['Forum external ID', 'Forum', 'Forum kind', 'Forum place', 'Organisation', 'Voting', 'Chair', 'From', 'To']],
    ['people', ['External ID', 'Name', 'Email', 'Organisation', 'Role group']],
    [
      'decisions',
      [
        'Forum',
        'Date',
        'Title',
        'Summary',
        'Proposed by',
        'Outcome',
        'Taken outside the forum',
        'Conflict surfaced',
        'Practices',
        'Reopens',
        'Evidence URL',
        'Evidence title',
        'Affected',
        'Present',
        'Consulted',
        'Voted',
        'Dissented',
        'Deputies',
        'Deputies with delegated authority',
      ],
    ],
  ] as const)('lists the %s columns in template order', (kind, headers) => {
    expect(IMPORT_COLUMNS[kind].map((column) => column.header)).toEqual(headers);
  });

  it('requires only the columns every row must fill', () => {
    const required = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, IMPORT_COLUMNS[kind].filter((column) => column.required).map((column) => column.key)]));
    expect(required).toEqual({
      places: ['name'],
      organisations: ['name', 'kind'],
      forums: ['forum', 'forumKind', 'organisation', 'from'],
      people: ['name', 'email', 'organisation', 'roleGroup'],
      decisions: ['forum', 'date', 'title', 'summary', 'outcome'],
    });
  });

  it('gives every column help, two examples and a key unique within its kind', () => {
    for (const kind of IMPORT_KINDS) {
      const columns = IMPORT_COLUMNS[kind];
      expect(new Set(columns.map((column) => column.key)).size).toBe(columns.length);
      for (const column of columns) {
        expect(column.help).toMatch(/^[A-Z].*\.$/);
        expect(column.example).toHaveLength(2);
      }
    }
  });

  it('lists the accepted labels in the help of each choice column', () => {
    const help = (kind: 'organisations' | 'forums' | 'people', key: string) => IMPORT_COLUMNS[kind].find((column) => column.key === key)?.help;
    expect(help('organisations', 'kind')).toContain(Object.values(ORGANISATION_KIND_LABELS).join(', '));
    expect(help('organisations', 'sector')).toContain(Object.values(SECTOR_LABELS).join(', '));
    expect(help('forums', 'forumKind')).toContain(Object.values(FORUM_KIND_LABELS).join(', '));
    expect(help('people', 'roleGroup')).toContain(Object.values(ROLE_GROUP_LABELS).join(', '));
  });

  it('says in the help that references must name rows already in the register', () => {
    const help = (kind: 'organisations' | 'forums' | 'people', key: string) => IMPORT_COLUMNS[kind].find((column) => column.key === key)?.help;
    expect(help('organisations', 'places')).toContain('must already be in the register');
    expect(help('forums', 'forumPlace')).toContain('already in the register');
    expect(help('forums', 'organisation')).toContain('already in the register');
    expect(help('people', 'organisation')).toContain('organisations in this same file do not count');
  });

  it('marks optional columns in template headers', () => {
    const [externalId, name] = IMPORT_COLUMNS.places;
    expect(templateHeader(externalId)).toBe('External ID (optional)');
    expect(templateHeader(name)).toBe('Name');
  });
});
