import { FORUM_KIND_LABELS, FORUM_KINDS, isForumKind } from './forum-kinds';

describe('forum kinds', () => {
  it('lists the five kinds of decision-making body, statutory boards first', () => {
    expect(FORUM_KINDS).toEqual(['ICB_BOARD', 'ICP', 'PLACE_BOARD', 'PROVIDER_COLLABORATIVE', 'PROGRAMME_BOARD']);
  });

  it('labels each kind in sentence case', () => {
    expect(FORUM_KIND_LABELS).toEqual({
      ICB_BOARD: 'ICB board',
      ICP: 'Integrated care partnership',
      PLACE_BOARD: 'Place board',
      PROVIDER_COLLABORATIVE: 'Provider collaborative',
      PROGRAMME_BOARD: 'Programme board',
    });
  });

  it('recognises stored kind values only', () => {
    expect(isForumKind('PLACE_BOARD')).toBe(true);
    expect(isForumKind('Place board')).toBe(false);
    expect(isForumKind('COMMITTEE')).toBe(false);
    expect(isForumKind(undefined)).toBe(false);
  });
});
