import { networkFixture } from './network-fixtures';
import { changeText, findPartner, flagsText, formatChange, formatIndex, formatShare, partnerRows, partnerTies, sortRows, weakLinkRows } from './network-format';

describe('network figures as the page writes them', () => {
  it('formats strengths, shares, signed indices and changes', () => {
    expect(formatShare(0.35)).toBe('35.0%');
    expect(formatIndex(0.5)).toBe('+0.50');
    expect(formatIndex(-0.25)).toBe('-0.25');
    expect(formatIndex(0)).toBe('0.00');
    expect(formatChange(-0.15, 2)).toBe('-0.15');
    expect(formatChange(1, 0)).toBe('+1');
    expect(formatChange(null, 2)).toBe('New this month');
    expect(changeText({ degreeChange: -1, strengthChange: 0.25, betweennessChange: 0 })).toBe('ties -1, strength +0.25, brokerage 0.000');
    expect(changeText({ degreeChange: null, strengthChange: null, betweennessChange: null })).toBe('New this month');
  });

  it('lists each weak link with the partners’ names, its reason and the map link it is about', () => {
    const rows = weakLinkRows(networkFixture());
    expect(rows[2]).toEqual({
      id: 'w3',
      kind: 'DECLINING',
      kindLabel: 'Declining tie',
      source: { id: 'c', name: 'Northshire Carers' },
      target: { id: 'b', name: 'Northshire Community Health' },
      linkId: 'b|c',
      reason: 'Trust 4.0 → 3.0 over three months; last rated in March 2026',
    });
    expect(rows[4]).toMatchObject({ kind: 'PERIPHERAL', target: null, linkId: null });
  });

  it('gives each partner the flags it is part of, once per kind with a count', () => {
    const rows = new Map(partnerRows(networkFixture()).map((row) => [row.node.organisationId, row]));
    expect(rows.get('a')?.flags).toBe('Weak tie, One-sided tie, Missing tie');
    expect(rows.get('c')?.flags).toBe('Weak tie, One-sided tie, Declining tie');
    expect(rows.get('e')).toMatchObject({ sector: 'VCSE', flags: 'Isolated or peripheral partner' });
    expect(flagsText([...networkFixture().weakLinks, { id: 'x', kind: 'MISSING', sourceId: 'a', targetId: 'e', reason: '' }])).toBe(
      'Weak tie, One-sided tie, Declining tie, Missing tie (2), Isolated or peripheral partner',
    );
  });

  it('lists a partner’s ties strongest first, with its own view and the other side’s', () => {
    const ties = partnerTies(networkFixture(), 'c');
    expect(ties.map(({ other, ownView, theirView }) => [other.name, ownView, theirView])).toEqual([
      ['Northshire Community Health', 0.6, 0.6],
      ['Northshire Council', 0.5, 0.5],
      // a rated c 0.3; c did not rate a.
      ['Northshire Hospital', null, 0.3],
    ]);
  });

  it('sorts numbers as numbers, text as text, empty values last either way', () => {
    const rows = [{ v: 10 }, { v: null }, { v: 9 }];
    expect(sortRows(rows, (row) => row.v, 'ascending').map((row) => row.v)).toEqual([9, 10, null]);
    expect(sortRows(rows, (row) => row.v, 'descending').map((row) => row.v)).toEqual([10, 9, null]);
    expect(sortRows([{ v: 'b' }, { v: 'A' }], (row) => row.v, 'ascending').map((row) => row.v)).toEqual(['A', 'b']);
  });

  it('finds a partner by its name, then by how it starts, then by any part', () => {
    const partners = networkFixture().nodes;
    expect(findPartner(partners, ' northshire council ')?.organisationId).toBe('d');
    expect(findPartner(partners, 'Northshire Ho')?.organisationId).toBe('a');
    expect(findPartner(partners, 'carers')?.organisationId).toBe('c');
    expect(findPartner(partners, 'Southshire')).toBeNull();
    expect(findPartner(partners, '  ')).toBeNull();
  });
});
