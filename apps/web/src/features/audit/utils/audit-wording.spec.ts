import { auditActionText, auditChangeLines, auditFieldLabel, auditValueText } from './audit-wording';

describe('auditActionText', () => {
  it('names each action as the history shows it', () => {
    expect(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE'].map((a) => auditActionText(a as never))).toEqual([
      'Added',
      'Changed',
      'Archived',
      'Restored',
    ]);
  });
});

describe('auditFieldLabel', () => {
  it('uses the form labels, and the API name for fields it does not know', () => {
    expect(auditFieldLabel('onsCode')).toBe('ONS code');
    expect(auditFieldLabel('externalId')).toBe('External ID');
    expect(auditFieldLabel('mystery')).toBe('mystery');
  });
});

describe('auditValueText', () => {
  it('writes kinds, sectors and role groups by their labels', () => {
    expect(auditValueText('FORUM', 'kind', 'PLACE_BOARD')).toBe('Place board');
    expect(auditValueText('ORGANISATION', 'kind', 'ACUTE_TRUST')).toBe('Acute trust');
    expect(auditValueText('ORGANISATION', 'sector', 'LOCAL_GOVERNMENT')).toBe('Local government');
    expect(auditValueText('PERSON', 'roleGroup', 'CLINICAL')).toBe('Clinical');
  });

  it('writes flags as yes or no, seat dates in full and nothing as "none"', () => {
    expect(auditValueText('SEAT', 'voting', 'true')).toBe('Yes');
    expect(auditValueText('SEAT', 'chair', 'false')).toBe('No');
    expect(auditValueText('SEAT', 'to', '2025-03-31')).toBe('31 March 2025');
    expect(auditValueText('PLACE', 'onsCode', null)).toBe('none');
  });

  it('names ids from the names it is given', () => {
    const names = new Map([['p1', 'Ashby']]);
    expect(auditValueText('FORUM', 'placeId', 'p1', names)).toBe('Ashby');
    expect(auditValueText('FORUM', 'placeId', 'p9', names)).toBe('one no longer in the register');
  });
});

describe('auditChangeLines', () => {
  it('lists the values an addition set in form order, leaving out empty ones', () => {
    const lines = auditChangeLines('PLACE', 'CREATE', [
      { field: 'localAuthority', from: null, to: 'Ashby Borough Council' },
      { field: 'name', from: null, to: 'Ashby' },
      { field: 'onsCode', from: null, to: null },
    ]);
    expect(lines).toEqual([
      { label: 'Name', to: 'Ashby' },
      { label: 'Local authority', to: 'Ashby Borough Council' },
    ]);
  });

  it('gives each changed field before and after', () => {
    expect(auditChangeLines('PLACE', 'UPDATE', [{ field: 'onsCode', from: null, to: 'E06000901' }])).toEqual([
      { label: 'ONS code', from: 'none', to: 'E06000901' },
    ]);
  });

  it('lists nothing for archiving and restoring: the action says it', () => {
    expect(auditChangeLines('PLACE', 'ARCHIVE', [{ field: 'archived', from: 'false', to: 'true' }])).toEqual([]);
    expect(auditChangeLines('PLACE', 'RESTORE', [{ field: 'archived', from: 'true', to: 'false' }])).toEqual([]);
  });
});
