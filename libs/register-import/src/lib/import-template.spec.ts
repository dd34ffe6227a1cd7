import { IMPORT_COLUMNS } from './import-columns';
import { importTemplateCsv } from './import-template';
import { readSheet } from './read-sheet';
import type { ImportContext } from './register-index';
import { validateImport } from './validate-import';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importTemplateCsv', () => {
  it('writes the header row, optional columns marked, and two example rows', () => {
    expect(importTemplateCsv('places')).toBe(
      'External ID (optional),Name,Local authority (optional),ONS code (optional)\r\n' +
        'PLACE-001,Example North Place,Example North Council,E99999901\r\n' +
        'PLACE-002,Example South Place,Example South Council,E99999902',
    );
  });

  it('quotes examples that contain the separator', async () => {
    const sheet = await readSheet(utf8(importTemplateCsv('organisations')), 'organisations.csv');
    expect(sheet.rows[1][IMPORT_COLUMNS.organisations.findIndex((column) => column.key === 'places')]).toBe('Example North Place; Example South Place');
  });

  it('gives templates that import cleanly in order, each naming what the one before created', async () => {
    const context: ImportContext = { places: [], organisations: [], forums: [], seats: [], people: [], decisions: [] };

    const places = validateImport('places', await readSheet(utf8(importTemplateCsv('places')), 'places.csv'), context);
    if (places.kind !== 'places') throw new Error('expected places');
    expect(places.problems).toEqual([]);
    context.places = places.places.map((place, i) => ({ ...place, id: `p${i}`, archived: false }));

    const organisations = validateImport('organisations', await readSheet(utf8(importTemplateCsv('organisations')), 'organisations.csv'), context);
    if (organisations.kind !== 'organisations') throw new Error('expected organisations');
    expect(organisations.problems).toEqual([]);
    expect(organisations.organisations.map((organisation) => organisation.placeIds)).toEqual([['p0'], ['p0', 'p1']]);
    context.organisations = organisations.organisations.map((organisation, i) => ({ ...organisation, id: `o${i}`, archived: false }));

    const forums = validateImport('forums', await readSheet(utf8(importTemplateCsv('forums')), 'forums.csv'), context);
    if (forums.kind !== 'forums') throw new Error('expected forums');
    expect(forums.problems).toEqual([]);
    expect(forums.forums).toHaveLength(1);
    expect(forums.seats.map((seat) => [seat.organisationId, seat.voting, seat.chair, seat.from, seat.to])).toEqual([
      ['o0', true, true, '2024-04-01', '2025-03-31'],
      ['o1', false, false, '2024-04-01', '2026-03-31'],
    ]);

    const people = validateImport('people', await readSheet(utf8(importTemplateCsv('people')), 'people.csv'), context);
    expect(people.problems).toEqual([]);

    context.forums = forums.forums.map((forum, i) => ({ ...forum, id: `f${i}`, archived: false }));
    const decisions = validateImport('decisions', await readSheet(utf8(importTemplateCsv('decisions')), 'decisions.csv'), context);
    if (decisions.kind !== 'decisions') throw new Error('expected decisions');
    expect(decisions.problems).toEqual([]);
    // The second example reopens the first, naming its forum by external ID.
    expect(decisions.decisions.map((decision) => [decision.forumId, decision.change, decision.reopensRow])).toEqual([
      ['f0', 'create', null],
      ['f0', 'create', 2],
    ]);
  });
});
