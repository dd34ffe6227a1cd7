import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { ClaimsDocument, type ClaimFilter, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { ClaimListPage } from './ClaimListPage';

function claim(index: number) {
  return {
    __typename: 'ClaimEdge',
    cursor: `c${index}`,
    node: {
      __typename: 'Claim',
      id: `claim-${index}`,
      text: `Claim ${index}: power is now shared fairly across the system`,
      madeOn: '2026-03-12',
      madeByRole: 'Chief executive',
      from: '2025-04-01',
      to: '2026-03-31',
      status: index === 1 ? 'CHANGED' : 'AWAITING',
      madeBy: { __typename: 'Organisation', id: 'icb', name: 'NHS Northshire ICB' },
      latestVerdict: index === 1 ? { __typename: 'ClaimVerdict', id: 'v1', verdict: 'supported' } : null,
      evidenceSummary: { __typename: 'ClaimEvidenceSummary', suggestedVerdict: 'contradicted' },
    },
  };
}

function pageMock(filter: ClaimFilter, count: number): MockLink.MockedResponse {
  const edges = Array.from({ length: count }, (_, i) => claim(i + 1));
  return {
    request: { query: ClaimsDocument, variables: { filter, first: 50 } },
    result: {
      data: { claims: { __typename: 'ClaimConnection', totalCount: count, edges, pageInfo: { __typename: 'PageInfo', endCursor: count ? `c${count}` : null, hasNextPage: false } } },
    },
  };
}

function QueryString() {
  return <p data-testid="query">{useLocation().search}</p>;
}

function renderList(mocks: MockLink.MockedResponse[], role: Role = 'NON_EXECUTIVE') {
  return render(
    <MockedProvider mocks={[placesMock, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={['/claims']}>
        <SignedInViewerContext.Provider value={viewerFixture(role, null)}>
          <Routes>
            <Route
              path="/claims"
              element={
                <>
                  <ClaimListPage />
                  <QueryString />
                </>
              }
            />
          </Routes>
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ClaimListPage', () => {
  it('lists each claim with who made it, its period, the suggested and latest verdicts and its status', async () => {
    renderList([pageMock({}, 2)]);
    expect(await screen.findByText('2 claims')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'All claims, latest made first' });
    const first = within(table).getAllByRole('row')[1];
    expect(within(first).getByRole('link', { name: /Claim 1: power is now shared fairly/ })).toHaveAttribute('href', '/claims/claim-1');
    expect(first).toHaveTextContent('NHS Northshire ICB, Chief executive, 12 March 2026');
    expect(first).toHaveTextContent('1 April 2025 to 31 March 2026');
    expect(first).toHaveTextContent('Contradicted');
    expect(first).toHaveTextContent('Supported');
    expect(first).toHaveTextContent('Evidence changed since review');
    const second = within(table).getAllByRole('row')[2];
    expect(second).toHaveTextContent('None yet');
    expect(second).toHaveTextContent('Awaiting review');
    expect(screen.getByRole('link', { name: 'Record a claim' })).toHaveAttribute('href', '/claims/new');
    expect(screen.getByRole('button', { name: /Download CSV/ })).toBeInTheDocument();
  });

  it('filters by status, practice and the two verdicts, keeps them in the URL, and says when nothing matches', async () => {
    renderList([
      pageMock({}, 2),
      pageMock({ status: 'CHANGED' }, 1),
      pageMock({ status: 'CHANGED', practice: 'SHARING_POWER' }, 1),
      pageMock({ status: 'CHANGED', practice: 'SHARING_POWER', suggestedVerdict: 'contradicted' }, 1),
      pageMock({ status: 'CHANGED', practice: 'SHARING_POWER', suggestedVerdict: 'contradicted', verdict: 'insufficient' }, 0),
    ]);
    await screen.findByText('2 claims');

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'CHANGED' } });
    expect(await screen.findByText('1 claim')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Practice'), { target: { value: 'SHARING_POWER' } });
    fireEvent.change(await screen.findByLabelText('Suggested verdict'), { target: { value: 'contradicted' } });
    fireEvent.change(screen.getByLabelText('Reviewer’s verdict'), { target: { value: 'insufficient' } });

    expect(await screen.findByText(/No claims match/)).toBeInTheDocument();
    expect(screen.getByTestId('query')).toHaveTextContent('?status=CHANGED&practice=SHARING_POWER&suggested=contradicted&verdict=insufficient');
    expect(screen.getByRole('link', { name: 'Clear filters' })).toHaveAttribute('href', '/claims');
  });

  it('filters by place', async () => {
    renderList([pageMock({}, 2), pageMock({ placeId: 'p1' }, 1)]);
    await screen.findByText('2 claims');
    await screen.findAllByRole('option', { name: 'Northshire North' });
    fireEvent.change(screen.getByLabelText('Place'), { target: { value: 'p1' } });
    expect(await screen.findByText('1 claim')).toBeInTheDocument();
    expect(screen.getByTestId('query')).toHaveTextContent('?place=p1');
  });

  it('offers no Record button to viewers, and says when there are no claims', async () => {
    renderList([pageMock({}, 0)], 'VIEWER');
    expect(await screen.findByText('No claims have been recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record a claim' })).not.toBeInTheDocument();
  });

  it('says when the claims cannot be loaded', async () => {
    renderList([{ request: { query: ClaimsDocument, variables: { filter: {}, first: 50 } }, error: new Error('offline') }]);
    expect(await screen.findByText('Sorry, there is a problem with the service')).toBeInTheDocument();
  });

  it('is closed to place leads', () => {
    renderList([], 'PLACE_LEAD');
    expect(screen.getByRole('heading', { name: 'You do not have permission to see claims' })).toBeInTheDocument();
  });
});
