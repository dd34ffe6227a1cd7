import { findPartners } from './partner-search';

const partners = [
  { id: '1', name: 'Ashby Borough Council' },
  { id: '2', name: 'Café Connect CIC' },
  { id: '3', name: 'North Ashby Primary Care Network' },
  { id: '4', name: 'Northshire Hospice' },
  { id: '5', name: 'Northshire Integrated Care Board' },
];

describe('findPartners', () => {
  it('lists nothing until something is typed', () => {
    expect(findPartners(partners, '  ', new Set())).toEqual({ shown: [], total: 0 });
  });

  it('finds every word typed, in any case and without accents, names starting with it first', () => {
    expect(findPartners(partners, 'ashby', new Set()).shown.map((p) => p.id)).toEqual(['1', '3']);
    expect(findPartners(partners, 'CARE north', new Set()).shown.map((p) => p.id)).toEqual(['3', '5']);
    expect(findPartners(partners, 'north', new Set()).shown.map((p) => p.id)).toEqual(['3', '4', '5']);
    expect(findPartners(partners, 'cafe', new Set()).shown.map((p) => p.name)).toEqual(['Café Connect CIC']);
  });

  it('leaves out partners already added, and shows at most the limit', () => {
    expect(findPartners(partners, 'north', new Set(['4']), 1)).toEqual({ shown: [partners[2]], total: 2 });
  });
});
