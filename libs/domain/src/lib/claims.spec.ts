import { canReadClaims, canRecordClaims, canReviewClaims, CLAIM_DOCUMENT_MAX_BYTES } from './claims';
import { ROLES } from './roles';

describe('claims', () => {
  it('shows claims to every role but place leads, whose figures are their place’s only', () => {
    expect(ROLES.filter(canReadClaims)).toEqual(['ADMIN', 'LEADER', 'NON_EXECUTIVE', 'VIEWER']);
  });

  it('lets administrators, leaders and non-executives record claims, and leaders and non-executives review them', () => {
    expect(ROLES.filter(canRecordClaims)).toEqual(['ADMIN', 'LEADER', 'NON_EXECUTIVE']);
    expect(ROLES.filter(canReviewClaims)).toEqual(['LEADER', 'NON_EXECUTIVE']);
  });

  it('takes documents of up to 10 MB', () => {
    expect(CLAIM_DOCUMENT_MAX_BYTES).toBe(10_485_760);
  });
});
