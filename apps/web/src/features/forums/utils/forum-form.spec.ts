import { EMPTY_FORUM_FORM, forumFormFrom, forumFormProblems, forumInputFrom } from './forum-form';

describe('forumFormProblems', () => {
  it('needs a name and a kind, and no place', () => {
    expect(forumFormProblems({ ...EMPTY_FORUM_FORM, name: 'Ashby Place Board', kind: 'PLACE_BOARD' })).toEqual([]);
    expect(forumFormProblems(EMPTY_FORUM_FORM)).toEqual([
      { field: 'name', message: "Enter the forum's name" },
      { field: 'kind', message: 'Select the kind of forum' },
    ]);
    expect(forumFormProblems({ ...EMPTY_FORUM_FORM, name: 'x'.repeat(201), kind: 'ICP' })).toEqual([
      { field: 'name', message: 'Forum name must be 200 characters or fewer' },
    ]);
  });
});

describe('forumInputFrom and forumFormFrom', () => {
  it('sends null for no place and no external ID', () => {
    expect(forumInputFrom({ name: ' ICB Board ', kind: 'ICB_BOARD', placeId: '', externalId: ' ' })).toEqual({
      name: 'ICB Board',
      kind: 'ICB_BOARD',
      placeId: null,
      externalId: null,
    });
  });

  it('fills the form from a saved forum', () => {
    const forum = {
      id: 'f1',
      name: 'Ashby Place Board',
      kind: 'PLACE_BOARD' as const,
      externalId: 'FORUM-1',
      archived: false,
      place: { id: 'p1', name: 'Ashby' },
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    expect(forumFormFrom(forum)).toEqual({ name: 'Ashby Place Board', kind: 'PLACE_BOARD', placeId: 'p1', externalId: 'FORUM-1' });
  });

  it('refuses values without a kind', () => {
    expect(() => forumInputFrom({ ...EMPTY_FORUM_FORM, name: 'x' })).toThrow(/kind/);
  });
});
