import { isSector, SECTOR_LABELS, SECTORS } from './sectors';

describe('sectors', () => {
  it('lists the four sectors of an ICS partnership in a fixed order', () => {
    expect(SECTORS).toEqual(['NHS', 'LOCAL_GOVERNMENT', 'VCSE', 'INDEPENDENT']);
  });

  it('labels each sector for people, not for the database', () => {
    expect(SECTOR_LABELS).toEqual({
      NHS: 'NHS',
      LOCAL_GOVERNMENT: 'Local government',
      VCSE: 'VCSE',
      INDEPENDENT: 'Independent',
    });
  });

  it('recognises stored sector values only', () => {
    expect(isSector('LOCAL_GOVERNMENT')).toBe(true);
    expect(isSector('Local government')).toBe(false);
    expect(isSector(null)).toBe(false);
  });
});
