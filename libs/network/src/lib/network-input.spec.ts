import { checkNodes, checkTies, NetworkInputError } from './network-input';

describe('network input checks', () => {
  it('names the field and the problem', () => {
    const error = (() => {
      try {
        checkTies([{ source: 'a', target: 'b', weight: Infinity }], undefined, 'months[2].ties');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(NetworkInputError);
    expect(error).toMatchObject({ field: 'months[2].ties[0].weight', message: 'months[2].ties[0].weight: must be a finite number ≥ 0; got null' });
  });

  it('returns the node ids and rejects a node without a sector', () => {
    expect(checkNodes([{ id: 'a', sector: 'X' }])).toEqual(new Set(['a']));
    expect(() => checkNodes([{ id: 'a', sector: '' }])).toThrow('nodes[0].sector: must be a non-empty string; got ""');
  });
});
