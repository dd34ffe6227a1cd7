import { changeInviteeFilters, inviteeFilterFrom, withIds, withoutIds } from './invitee-selection';

describe('invitee selection', () => {
  it('sends only the filters chosen', () => {
    expect(inviteeFilterFrom({})).toEqual({});
    expect(inviteeFilterFrom({ placeId: 'ashby', sector: 'VCSE', organisationId: undefined, roleGroup: 'CLINICAL' })).toEqual({ placeId: 'ashby', sector: 'VCSE', roleGroup: 'CLINICAL' });
  });

  it('forgets the organisation when a new place or sector changes the partners offered, and keeps it otherwise', () => {
    const filters = { placeId: 'ashby', organisationId: 'hospice' };
    expect(changeInviteeFilters(filters, { placeId: 'dunmere' })).toEqual({ placeId: 'dunmere', organisationId: undefined });
    expect(changeInviteeFilters(filters, { sector: 'NHS' })).toEqual({ placeId: 'ashby', sector: 'NHS', organisationId: undefined });
    expect(changeInviteeFilters(filters, { roleGroup: 'EXECUTIVE' })).toEqual({ placeId: 'ashby', organisationId: 'hospice', roleGroup: 'EXECUTIVE' });
    expect(changeInviteeFilters(filters, { placeId: 'ashby' })).toEqual(filters);
  });

  it('adds the people that match to those already chosen, once each, and takes them away again', () => {
    expect(withIds(['p1', 'p2'], ['p2', 'p3', 'p4'])).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(withoutIds(['p1', 'p2', 'p3'], ['p2', 'p9'])).toEqual(['p1', 'p3']);
  });
});
