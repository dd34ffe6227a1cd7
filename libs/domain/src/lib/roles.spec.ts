import { canEditRegister, canImport, canReadSecurityEvents, canRecordDecisions, isRole, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from './roles';

describe('roles', () => {
  it('lists the five roles from most to least privileged', () => {
    expect(ROLES).toEqual(['ADMIN', 'LEADER', 'PLACE_LEAD', 'NON_EXECUTIVE', 'VIEWER']);
  });

  it('labels each role as users know it', () => {
    expect(ROLE_LABELS).toEqual({
      ADMIN: 'System administrator',
      LEADER: 'ICB leadership',
      PLACE_LEAD: 'Place-based lead',
      NON_EXECUTIVE: 'Non-executive director',
      VIEWER: 'Viewer',
    });
  });

  it('describes each role in one sentence', () => {
    for (const role of ROLES) {
      const description = ROLE_DESCRIPTIONS[role];
      expect(description).toMatch(/^[A-Z][^.]*\.$/);
    }
  });

  it('lets only the system administrator edit the register', () => {
    expect(canEditRegister('ADMIN')).toBe(true);
    expect(canEditRegister('LEADER')).toBe(false);
    expect(canEditRegister('PLACE_LEAD')).toBe(false);
    expect(canEditRegister('NON_EXECUTIVE')).toBe(false);
    expect(canEditRegister('VIEWER')).toBe(false);
  });

  it('lets administrators, leaders and place leads record decisions; non-executives and viewers only read them', () => {
    expect(ROLES.filter(canRecordDecisions)).toEqual(['ADMIN', 'LEADER', 'PLACE_LEAD']);
  });

  it('lets administrators import everything, and leaders and place leads decisions too', () => {
    expect(ROLES.filter((role) => canImport(role, 'decisions'))).toEqual(['ADMIN', 'LEADER', 'PLACE_LEAD']);
    for (const kind of ['places', 'organisations', 'forums', 'people']) expect(ROLES.filter((role) => canImport(role, kind))).toEqual(['ADMIN']);
  });

  it('lets only the system administrator read security events', () => {
    expect(ROLES.filter(canReadSecurityEvents)).toEqual(['ADMIN']);
  });

  it('recognises stored role values only', () => {
    expect(isRole('PLACE_LEAD')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole('RESPONDENT')).toBe(false);
  });
});
