import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { OrganisationsDocument, type OrganisationFilter, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { PartnerListPage } from './PartnerListPage';

function partner(index: number) {
  return {
    __typename: 'OrganisationEdge',
    cursor: `c${index}`,
    node: {
      __typename: 'Organisation',
      id: `o${index}`,
      name: `Partner ${String(index).padStart(3, '0')}`,
      odsCode: index % 2 ? `R${String(index).padStart(2, '0')}` : null,
      kind: 'VCSE',
      sector: 'VCSE',
      archived: false,
      places: [{ __typename: 'Place', id: 'p1', name: 'Northshire North' }],
    },
  };
}

function pageMock(
  filter: OrganisationFilter,
  from: number,
  to: number,
  totalCount: number,
  after?: string,
): MockLink.MockedResponse {
  const edges = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => partner(from + i));
  return {
    request: { query: OrganisationsDocument, variables: { filter, first: 50, ...(after ? { after } : {}) } },
    result: {
      data: {
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount,
          edges,
          pageInfo: { __typename: 'PageInfo', endCursor: edges.length ? `c${to}` : null, hasNextPage: to < totalCount },
        },
      },
    },
  };
}

function QueryString() {
  return <p data-testid="query">{useLocation().search}</p>;
}

function renderList(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN', path = '/partners') {
  const viewer = viewerFixture(role, role === 'PLACE_LEAD' ? { id: 'p2', name: 'Northshire South' } : null);
  return render(
    <MockedProvider mocks={[placesMock, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <SignedInViewerContext.Provider value={viewer}>
          <Routes>
            <Route
              path="/partners"
              element={
                <>
                  <PartnerListPage />
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

describe('PartnerListPage', () => {
  it('shows the count, a table of partners and more of them on request', async () => {
    renderList([pageMock({}, 1, 50, 60), pageMock({}, 51, 60, 60, 'c50')]);

    expect(await screen.findByText('60 partners')).toBeInTheDocument();
    expect(document.title).toBe('Partners – Stewardship');
    const table = screen.getByRole('table', { name: 'All current partners' });
    // Counting rows by selector: a role query over 50 rows takes seconds in jsdom on a busy machine.
    expect(table.querySelectorAll('tr')).toHaveLength(51);
    expect(within(table).getByRole('link', { name: 'Partner 001' })).toHaveAttribute('href', '/partners/o1');
    expect(within(table).getAllByText('VCSE organisation')).toHaveLength(50);
    expect(screen.getByRole('link', { name: 'Add a partner' })).toHaveAttribute('href', '/partners/new');

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));

    // Found by text, then checked to be a link: role queries over 60 rows are slow enough in jsdom to time out under load.
    expect((await within(table).findByText('Partner 060', {}, { timeout: 5000 })).closest('a')).toHaveAttribute('href', '/partners/o60');
    expect(table.querySelectorAll('tr')).toHaveLength(61);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(within(table).getByText('Partner 051').closest('a')).toHaveFocus();
  }, 20_000);

  it('keeps filters in the URL and offers to clear them when nothing matches', async () => {
    renderList([pageMock({}, 1, 2, 2), pageMock({ kind: 'HOSPICE' }, 1, 0, 0), pageMock({}, 1, 2, 2)]);
    await screen.findByText('2 partners');

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'HOSPICE' } });

    expect(await screen.findByText(/No partners match/)).toBeInTheDocument();
    expect(screen.getByTestId('query')).toHaveTextContent('?kind=HOSPICE');
    expect(screen.getByText('0 partners')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('link', { name: 'Clear filters' }));

    expect(await screen.findByText('2 partners')).toBeInTheDocument();
    expect(screen.getByLabelText('Kind')).toHaveValue('');
  });

  it("starts a place lead on their own place, which they can clear", async () => {
    renderList([pageMock({ placeId: 'p2' }, 1, 3, 3), pageMock({}, 1, 5, 5)], 'PLACE_LEAD');

    expect(await screen.findByText('3 partners')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Northshire South' })).toBeInTheDocument();
    expect(screen.getByLabelText('Place')).toHaveValue('p2');
    expect(screen.queryByRole('link', { name: 'Add a partner' })).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Place'), { target: { value: '' } });

    expect(await screen.findByText('5 partners')).toBeInTheDocument();
    expect(screen.getByTestId('query')).toHaveTextContent('?place=all');
  });

  it('searches as the user types', async () => {
    renderList([pageMock({}, 1, 2, 2), pageMock({ search: 'north' }, 1, 1, 1)]);
    await screen.findByText('2 partners');

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'north ' } });

    expect(await screen.findByText('1 partner')).toBeInTheDocument();
    expect(screen.getByTestId('query')).toHaveTextContent('?search=north');
    expect(screen.getByLabelText('Search')).toHaveValue('north ');
  });

  it('says when the list cannot be loaded', async () => {
    renderList([{ request: { query: OrganisationsDocument, variables: { filter: {}, first: 50 } }, error: new Error('offline') }]);
    expect(await screen.findByText('Sorry, there is a problem with the service')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
