import { withArchivedChoice } from './archived-choice';

const current = [{ value: 'p1', label: 'Ashby' }];

describe('withArchivedChoice', () => {
  it('adds a choice that is no longer current first, marked archived', () => {
    expect(withArchivedChoice(current, { id: 'p2', name: 'Brindle' }, true)).toEqual([{ value: 'p2', label: 'Brindle (archived)' }, ...current]);
  });

  it('leaves the options alone for a current choice, no choice, or before they load', () => {
    expect(withArchivedChoice(current, { id: 'p1', name: 'Ashby' }, true)).toBe(current);
    expect(withArchivedChoice(current, null, true)).toBe(current);
    expect(withArchivedChoice([], { id: 'p2', name: 'Brindle' }, false)).toEqual([]);
  });
});
