import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { SecurityEventsDocument, type Role } from '../../../generated/graphql';
import { viewerFixture } from '../../../shared/testing/fixtures';
import { SecurityEventsPage } from './SecurityEventsPage';

function event(index: number) {
  return {
    __typename: 'SecurityEventEdge',
    cursor: `c${index}`,
    node: {
      __typename: 'SecurityEvent',
      id: `e${index}`,
      // 14:05 UTC on 1 July is 15:05 in London (BST).
      at: '2026-07-01T14:05:00.000Z',
      kind: index === 1 ? 'REGISTER_EXPORTED' : 'SIGN_IN',
      address: index === 2 ? null : '203.0.113.7',
      user: index === 3 ? null : { __typename: 'User', id: 'u1', displayName: 'Priya Raman', email: 'admin@northshire.example' },
      detail: index === 1 ? [{ __typename: 'SecurityEventDetailEntry', name: 'kind', value: 'people' }] : [],
    },
  };
}

function pageMock(from: number, to: number, total: number, after?: string): MockLink.MockedResponse {
  const edges = [];
  for (let index = from; index <= to; index += 1) edges.push(event(index));
  return {
    request: { query: SecurityEventsDocument, variables: after ? { first: 50, after } : { first: 50 } },
    result: {
      data: {
        securityEvents: {
          __typename: 'SecurityEventConnection',
          totalCount: total,
          edges,
          pageInfo: { __typename: 'PageInfo', endCursor: `c${to}`, hasNextPage: to < total },
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={['/security-events']}>
        <SignedInViewerContext.Provider value={viewerFixture(role)}>
          <SecurityEventsPage />
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('SecurityEventsPage', () => {
  it('lists events newest first in plain words and UK time, and more of them on request', async () => {
    renderPage([pageMock(1, 50, 52), pageMock(51, 52, 52, 'c50')]);

    expect(await screen.findByText('52 events')).toBeInTheDocument();
    expect(document.title).toBe('Security events – Stewardship');
    expect(screen.getByText(/Passwords, survey links and session tokens are never recorded/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Security events, newest first' });
    const [, first, second, third] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('1 July 2026 at 15:05');
    expect(first).toHaveTextContent('Register exported as CSV');
    expect(first).toHaveTextContent('Priya Raman');
    expect(first).toHaveTextContent('admin@northshire.example');
    expect(first).toHaveTextContent('203.0.113.7');
    expect(first).toHaveTextContent('List: People');
    expect(second).toHaveTextContent('Signed in');
    expect(second).toHaveTextContent('Not known');
    expect(third).toHaveTextContent('Unknown user');

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(53));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    // The first row added (after the header and 50 rows) takes focus, as there is no link in it.
    expect(within(table).getAllByRole('row')[51]).toHaveFocus();
  });

  it('says so when nothing has been recorded', async () => {
    renderPage([pageMock(1, 0, 0)]);
    expect(await screen.findByText('No security events have been recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers to try again when the events could not be loaded', async () => {
    renderPage([
      { request: { query: SecurityEventsDocument, variables: { first: 50 } }, error: new Error('offline') },
      pageMock(1, 1, 1),
    ]);
    expect(screen.getByText('Loading security events…')).toBeInTheDocument();
    expect(await screen.findByText('The security events could not be loaded. Try again.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('1 event')).toBeInTheDocument();
  });

  it('tells anyone but an administrator that they may not see the events, without asking for them', () => {
    renderPage([], 'VIEWER');
    expect(screen.getByRole('heading', { level: 1, name: 'You do not have permission to see security events' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
