import { type ImportContext, nameKey, RegisterIndex } from './register-index';

const context: ImportContext = {
  places: [
    { id: 'p1', name: 'Example North', localAuthority: null, onsCode: 'E06000001', externalId: null, archived: false },
    { id: 'p2', name: 'Old Town', localAuthority: null, onsCode: null, externalId: null, archived: true },
  ],
  organisations: [
    { id: 'o1', name: 'Example Hospitals NHS Trust', odsCode: 'RXN', kind: 'ACUTE_TRUST', sector: 'NHS', placeIds: [], weight: null, externalId: null, archived: false },
    { id: 'o2', name: 'Bolton', odsCode: null, kind: 'LOCAL_AUTHORITY', sector: 'LOCAL_GOVERNMENT', placeIds: [], weight: null, externalId: null, archived: false },
  ],
  forums: [],
  seats: [{ id: 's1', forumId: 'f1', organisationId: 'o1', voting: true, chair: false, from: '2024-04-01', to: null }],
  people: [],
  decisions: [],
};

describe('nameKey', () => {
  it('ignores case, surrounding spaces and runs of spaces', () => {
    expect(nameKey('  Example   North ')).toBe('example north');
  });
});

describe('RegisterIndex', () => {
  const register = new RegisterIndex(context);

  it('finds a place by ONS code, written loosely, or by name ignoring case', () => {
    expect(register.findPlace('e06 000001')).toEqual({ id: 'p1' });
    expect(register.findPlace('EXAMPLE NORTH')).toEqual({ id: 'p1' });
  });

  it('says a place is unknown or archived', () => {
    expect(register.findPlace('Nowhere')).toEqual({ problem: 'Unknown place "Nowhere": use the name or ONS code of a place already in the register' });
    expect(register.findPlace('E06000999')).toEqual({ problem: 'Unknown place "E06000999": use the name or ONS code of a place already in the register' });
    expect(register.findPlace('old town')).toEqual({ problem: 'Place "Old Town" is archived: restore it in the register first' });
  });

  it('finds an organisation by ODS code, else by name, even when the name looks like a code', () => {
    expect(register.findOrganisation('rxn')).toEqual({ id: 'o1' });
    expect(register.findOrganisation('example hospitals nhs trust')).toEqual({ id: 'o1' });
    expect(register.findOrganisation('Bolton')).toEqual({ id: 'o2' });
    expect(register.findOrganisation('RXX')).toEqual({
      problem: 'Unknown organisation "RXX": use the ODS code or exact name of an organisation already in the register',
    });
  });

  it('finds a seat by forum, organisation and start date', () => {
    expect(register.findSeat('f1', 'o1', '2024-04-01')?.id).toBe('s1');
    expect(register.findSeat('f1', 'o1', '2024-04-02')).toBeUndefined();
  });
});
