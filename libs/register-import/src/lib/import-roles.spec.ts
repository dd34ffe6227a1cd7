import { IMPORT_KINDS } from './import-columns';
import { importKindsFor } from './import-roles';

describe('importKindsFor', () => {
  it('lets administrators import everything, leaders decisions only, and no one else anything', () => {
    expect(importKindsFor('ADMIN')).toEqual(IMPORT_KINDS);
    expect(importKindsFor('LEADER')).toEqual(['decisions']);
    expect(importKindsFor('PLACE_LEAD')).toEqual([]);
    expect(importKindsFor('NON_EXECUTIVE')).toEqual([]);
    expect(importKindsFor('VIEWER')).toEqual([]);
  });
});
