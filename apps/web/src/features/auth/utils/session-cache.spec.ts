import { InMemoryCache } from '@apollo/client';
import {
  OrganisationsDocument,
  ViewerDocument,
  type OrganisationsQuery,
  type ViewerFieldsFragment,
} from '../../../generated/graphql';
import { forgetSessionData, writeViewer } from './session-cache';

const viewer = {
  __typename: 'Viewer',
  role: 'ADMIN',
  systemView: true,
  user: { __typename: 'User', id: 'u1', email: 'admin@northshire.example', displayName: 'Ada Admin' },
  system: { __typename: 'System', id: 's1', name: 'Northshire ICS' },
  place: null,
} as ViewerFieldsFragment;

const organisations = {
  __typename: 'OrganisationConnection',
  totalCount: 1,
  pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage: false },
  edges: [
    {
      __typename: 'OrganisationEdge',
      cursor: 'c1',
      node: { __typename: 'Organisation', id: 'o1', name: 'Northshire ICB', odsCode: 'QHM', kind: 'ICB', sector: 'NHS', archived: false, places: [] },
    },
  ],
} as unknown as OrganisationsQuery['organisations'];

describe('forgetSessionData', () => {
  it('removes cached lists and partners but keeps the viewer', () => {
    const cache = new InMemoryCache();
    writeViewer(cache, viewer);
    cache.writeQuery({ query: OrganisationsDocument, variables: { filter: {}, first: 50 }, data: { organisations } });
    cache.writeQuery({
      query: OrganisationsDocument,
      variables: { filter: { kind: 'ICB' }, first: 50 },
      data: { organisations },
    });

    forgetSessionData(cache);

    expect(cache.readQuery({ query: OrganisationsDocument, variables: { filter: {}, first: 50 } })).toBeNull();
    expect(cache.readQuery({ query: OrganisationsDocument, variables: { filter: { kind: 'ICB' }, first: 50 } })).toBeNull();
    expect(cache.extract()['Organisation:o1']).toBeUndefined();
    expect(cache.readQuery({ query: ViewerDocument })?.viewer?.user.displayName).toBe('Ada Admin');
  });

  it('does not wake the queries that read what it removes', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: OrganisationsDocument, variables: { filter: {}, first: 50 }, data: { organisations } });
    const callback = jest.fn();
    cache.watch({ query: OrganisationsDocument, variables: { filter: {}, first: 50 }, optimistic: true, callback });

    forgetSessionData(cache);

    expect(callback).not.toHaveBeenCalled();
  });
});
