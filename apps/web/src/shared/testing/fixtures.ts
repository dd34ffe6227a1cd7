import type { MockLink } from '@apollo/client/testing';
import {
  AuditHistoryDocument,
  ForumsDocument,
  PartnerNetworkPositionDocument,
  PartnerRelationshipSummaryDocument,
  PartnerSeatsDocument,
  PlacesDocument,
  ViewerDocument,
  type OrganisationFieldsFragment,
  type Role,
  type ViewerFieldsFragment,
} from '../../generated/graphql';

/**
 * Test data shaped as the API returns it (with __typename, as the cache stores it). A place lead has no system view
 * unless `systemView` says so; every other role sees the whole system.
 */
export function viewerFixture(role: Role = 'ADMIN', place: { id: string; name: string } | null = null, systemView = role !== 'PLACE_LEAD'): ViewerFieldsFragment {
  return {
    __typename: 'Viewer',
    role,
    systemView,
    user: { __typename: 'User', id: 'u1', email: 'admin@northshire.example', displayName: 'Ada Admin' },
    system: { __typename: 'System', id: 's1', name: 'Northshire ICS' },
    place: place ? { __typename: 'Place', ...place } : null,
  } as ViewerFieldsFragment;
}

export function viewerMock(viewer: ViewerFieldsFragment | null): MockLink.MockedResponse {
  return { request: { query: ViewerDocument }, result: { data: { viewer } } };
}

export const PLACES = [
  { __typename: 'Place', id: 'p1', name: 'Northshire North' },
  { __typename: 'Place', id: 'p2', name: 'Northshire South' },
];

export const placesMock: MockLink.MockedResponse = {
  request: { query: PlacesDocument },
  result: { data: { places: PLACES } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function organisationFixture(overrides: Partial<OrganisationFieldsFragment> = {}): OrganisationFieldsFragment {
  return {
    __typename: 'Organisation',
    id: 'org-1',
    name: 'Northshire Hospital NHS Trust',
    odsCode: 'RXN',
    kind: 'ACUTE_TRUST',
    sector: 'NHS',
    weight: 650,
    externalId: null,
    archived: false,
    places: [{ __typename: 'Place', id: 'p1', name: 'Northshire North' }],
    createdAt: '2025-01-06T09:00:00Z',
    updatedAt: '2025-03-03T09:00:00Z',
    ...overrides,
  } as OrganisationFieldsFragment;
}

/** The side panels of a record page (seats held, ratings, network position, change history), answered empty for tests about the rest of the page. */
export const recordPageExtrasMocks: MockLink.MockedResponse[] = [
  {
    request: { query: PartnerSeatsDocument, variables: () => true },
    // The same root field as the record itself: answering null would erase the record from the cache.
    result: ({ id }) => ({ data: { organisation: { __typename: 'Organisation', id, seats: [] } } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: PartnerRelationshipSummaryDocument, variables: () => true },
    result: { data: { partnerRelationshipSummary: null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: PartnerNetworkPositionDocument, variables: () => true },
    result: { data: { partnerNetworkPosition: null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ForumsDocument, variables: { includeArchived: false } },
    result: { data: { forums: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: AuditHistoryDocument, variables: () => true },
    result: { data: { auditHistory: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];
