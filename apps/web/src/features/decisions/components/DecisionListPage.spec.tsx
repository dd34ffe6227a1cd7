import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { DecisionsDocument, ForumOptionsDocument, OrganisationOptionsDocument, type DecisionFilter, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { DecisionListPage } from './DecisionListPage';

function decision(index: number) {
  return {
    __typename: 'DecisionEdge',
    cursor: `c${index}`,
    node: {
      __typename: 'Decision',
      id: `d${index}`,
      current: {
        __typename: 'DecisionVersion',
        id: `v${index}`,
        version: index === 1 ? 3 : 1,
        date: '2026-03-12',
        title: `Decision ${String(index).padStart(3, '0')}`,
        outcome: 'AGREED',
        practices: ['SHARED_DECISIONS', 'SHARING_POWER'],
        forum: { __typename: 'Forum', id: 'f1', name: 'North Place Board' },
      },
    },
  };
}

function pageMock(filter: DecisionFilter, from: number, to: number, totalCount: number, after?: string): MockLink.MockedResponse {
  const edges = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => decision(from + i));
  return {
    request: { query: DecisionsDocument, variables: { filter, first: 50, ...(after ? { after } : {}) } },
    result: {
      data: {
        decisions: {
          __typename: 'DecisionConnection',
          totalCount,
          edges,
          pageInfo: { __typename: 'PageInfo', endCursor: edges.length ? `c${to}` : null, hasNextPage: to < totalCount },
        },
      },
    },
  };
}

const pickerMocks: MockLink.MockedResponse[] = [
  placesMock,
  {
    request: { query: ForumOptionsDocument, variables: { includeArchived: true } },
    result: {
      data: {
        forums: [
          { __typename: 'Forum', id: 'f1', name: 'North Place Board', archived: false, place: { __typename: 'Place', id: 'p1' } },
          { __typename: 'Forum', id: 'f2', name: 'ICB Board', archived: false, place: null },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: OrganisationOptionsDocument, variables: { includeArchived: false } },
    result: { data: { organisations: { __typename: 'OrganisationConnection', totalCount: 0, edges: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

function QueryString() {
  return <p data-testid="query">{useLocation().search}</p>;
}

function renderList(mocks: MockLink.MockedResponse[], role: Role = 'LEADER', path = '/decisions') {
  const viewer = viewerFixture(role, role === 'PLACE_LEAD' ? { id: 'p2', name: 'Northshire South' } : null);
  return render(
    <MockedProvider mocks={[...pickerMocks, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <SignedInViewerContext.Provider value={viewer}>
          <Routes>
            <Route
              path="/decisions"
              element={
                <>
                  <DecisionListPage />
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

describe('DecisionListPage', () => {
  it('lists decisions newest first with their forum, outcome and practices, marks amended ones, and loads more', async () => {
    renderList([pageMock({}, 1, 50, 55), pageMock({}, 51, 55, 55, 'c50')]);

    expect(await screen.findByText('55 decisions')).toBeInTheDocument();
    expect(document.title).toBe('Decisions – Stewardship');
    const table = screen.getByRole('table', { name: 'All decisions, newest first' });
    const first = within(table).getAllByRole('row')[1];
    expect(within(first).getByRole('link', { name: 'Decision 001' })).toHaveAttribute('href', '/decisions/d1');
    expect(first).toHaveTextContent('12 March 2026');
    expect(first).toHaveTextContent('Amended');
    expect(first).toHaveTextContent('North Place Board');
    expect(first).toHaveTextContent('Agreed');
    expect(first).toHaveTextContent('Sharing power; Shared decision-making');
    expect(within(table).getAllByText('Amended')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Record a decision' })).toHaveAttribute('href', '/decisions/new');

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await within(table).findByRole('link', { name: 'Decision 055' }, { timeout: 5000 })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(56);
    // Two full pages of rows take jsdom several seconds on a busy machine.
  }, 30_000);

  it('keeps the filters in the URL, says when nothing matches and offers to clear them', async () => {
    renderList([pageMock({}, 1, 2, 2), pageMock({ forumId: 'f2' }, 1, 0, 0), pageMock({ forumId: 'f2', reopens: false }, 1, 0, 0), pageMock({}, 1, 2, 2)]);
    await screen.findByText('2 decisions');
    await screen.findByRole('option', { name: 'ICB Board' });

    fireEvent.change(screen.getByLabelText('Forum'), { target: { value: 'f2' } });
    expect(await screen.findByText(/No decisions match/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Reopens an earlier decision'), { target: { value: 'no' } });

    expect(await screen.findByTestId('query')).toHaveTextContent('?forum=f2&reopens=no');
    fireEvent.click(await screen.findByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText('2 decisions')).toBeInTheDocument();
    expect(screen.getByLabelText('Forum')).toHaveValue('');
  });

  it('searches titles and summaries as the user types', async () => {
    renderList([pageMock({}, 1, 2, 2), pageMock({ search: 'falls' }, 1, 1, 1)]);
    await screen.findByText('2 decisions');

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'falls' } });

    expect(await screen.findByText('1 decision')).toBeInTheDocument();
    expect(screen.getByTestId('query')).toHaveTextContent('?search=falls');
  });

  it("starts a place lead on their own place's decisions", async () => {
    renderList([pageMock({ placeId: 'p2' }, 1, 3, 3)], 'PLACE_LEAD');
    expect(await screen.findByText('3 decisions')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Northshire South' })).toBeInTheDocument();
    expect(screen.getByLabelText('Place')).toHaveValue('p2');
    expect(screen.getByRole('link', { name: 'Record a decision' })).toBeInTheDocument();
  });

  it('offers no Record button to those who only read the log, and says when the log is empty', async () => {
    renderList([pageMock({}, 1, 0, 0)], 'NON_EXECUTIVE');
    expect(await screen.findByText('No decisions have been recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record a decision' })).not.toBeInTheDocument();
  });

  it('says when the log cannot be loaded', async () => {
    renderList([{ request: { query: DecisionsDocument, variables: { filter: {}, first: 50 } }, error: new Error('offline') }]);
    expect(await screen.findByText('Sorry, there is a problem with the service')).toBeInTheDocument();
  });
});
