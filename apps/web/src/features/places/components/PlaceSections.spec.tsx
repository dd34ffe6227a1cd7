import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { PRACTICES } from '@stewardship/domain';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { ForumsDocument, OrganisationsDocument, PracticeScoresDocument, type Role } from '../../../generated/graphql';
import { viewerFixture } from '../../../shared/testing/fixtures';
import { scorePoint } from '../../scores/utils/score-fixtures';
import { PlaceForums } from './PlaceForums';
import { PlacePartners } from './PlacePartners';
import { PlaceScores } from './PlaceScores';

const REASON = 'Fewer than 5 responses: hidden to protect respondents';

function renderWith(ui: ReactNode, mocks: MockLink.MockedResponse[], role: Role = 'VIEWER', place: { id: string; name: string } | null = null) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>
        <SignedInViewerContext.Provider value={viewerFixture(role, place)}>{ui}</SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

function partnersMock(count: number, totalCount: number): MockLink.MockedResponse {
  const edges = Array.from({ length: count }, (_, i) => ({
    __typename: 'OrganisationEdge',
    cursor: `c${i}`,
    node: { __typename: 'Organisation', id: `o${i}`, name: `Partner ${i}`, odsCode: null, kind: 'VCSE', sector: 'VCSE', archived: false, places: [] },
  }));
  return {
    request: { query: OrganisationsDocument, variables: { filter: { placeId: 'p1' }, first: 50 } },
    result: { data: { organisations: { __typename: 'OrganisationConnection', totalCount, edges, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: totalCount > count } } } },
  };
}

describe('PlacePartners', () => {
  it('lists the partners serving the place, linked to their pages, with the count in the heading', async () => {
    renderWith(<PlacePartners placeId="p1" name="Northshire North" />, [partnersMock(2, 2)]);
    expect(await screen.findByRole('heading', { name: 'Partners in this place (2)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Partner 1' })).toHaveAttribute('href', '/partners/o1');
    expect(screen.queryByRole('link', { name: /See them all/ })).not.toBeInTheDocument();
  });

  it('links to the register filtered to the place when there are more than fit', async () => {
    renderWith(<PlacePartners placeId="p1" name="Northshire North" />, [partnersMock(50, 60)]);
    expect(await screen.findByText(/Showing 50 of 60 partners/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See them all in the partners register' })).toHaveAttribute('href', '/partners?place=p1');
  });

  it('says so when no partner serves the place', async () => {
    renderWith(<PlacePartners placeId="p1" name="Northshire North" />, [partnersMock(0, 0)]);
    expect(await screen.findByText('No current partner serves Northshire North.')).toBeInTheDocument();
  });
});

describe('PlaceForums', () => {
  it("lists only the place's own forums", async () => {
    const forum = (id: string, name: string, place: { id: string; name: string } | null) => ({
      __typename: 'Forum', id, name, kind: 'PLACE_BOARD', archived: false, place: place && { __typename: 'Place', ...place }, seats: [{ __typename: 'Seat', id: `s-${id}`, voting: true, chair: false, organisation: { __typename: 'Organisation', id: 'o1' } }],
    });
    const forums = [forum('f1', 'North Board', { id: 'p1', name: 'Northshire North' }), forum('f2', 'South Board', { id: 'p2', name: 'Northshire South' }), forum('f3', 'ICB Board', null)];
    renderWith(<PlaceForums placeId="p1" name="Northshire North" />, [{ request: { query: ForumsDocument, variables: { includeArchived: false } }, result: { data: { forums } } }]);
    expect(await screen.findByRole('link', { name: 'North Board' })).toHaveAttribute('href', '/forums/f1');
    expect(screen.queryByRole('link', { name: 'South Board' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'ICB Board' })).not.toBeInTheDocument();
  });
});

describe('PlaceScores', () => {
  const request = { query: PracticeScoresDocument, variables: { filter: { placeId: 'p1' }, months: 24 } };
  const series = PRACTICES.map((practice, i) => ({
    __typename: 'PracticeScoreSeries',
    practice: practice.key,
    name: practice.name,
    shortHelp: practice.shortHelp,
    limitsNote: null,
    latestVariation: 'common',
    points: [
      { __typename: 'PracticeScorePoint', ...scorePoint('2026-09') },
      i === 5
        ? { __typename: 'PracticeScorePoint', ...scorePoint('2026-10', { suppressed: true, suppressionReason: REASON, n: null, mean: null }) }
        : { __typename: 'PracticeScorePoint', ...scorePoint('2026-10', { mean: 3 + i / 10, n: 20 + i }) },
    ],
  }));

  it('shows the six practices of the latest month, a hidden one with its reason, and links to the full page for the place', async () => {
    renderWith(<PlaceScores placeId="p1" name="Northshire North" />, [{ request, result: { data: { minimumGroupSize: 5, practiceScores: series } } }]);
    const table = await screen.findByRole('table', { name: 'Practice scores for Northshire North, October 2026' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toHaveTextContent(`Practice ${PRACTICES[1].name}Mean 3.10n 21Variation Common cause variation`);
    expect(rows[5]).toHaveTextContent(`Not shown: ${REASON}`);
    expect(screen.getByRole('link', { name: /See Northshire North’s scores month by month/ })).toHaveAttribute('href', '/scores?place=p1');
  });

  it("tells a place lead that another place's scores are not theirs to see, without asking the API", async () => {
    renderWith(<PlaceScores placeId="p1" name="Northshire North" />, [], 'PLACE_LEAD', { id: 'p2', name: 'Northshire South' });
    expect(screen.getByText(/As a place lead you can see the scores of your own place, Northshire South, only/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers to try again when the scores cannot be loaded', async () => {
    renderWith(<PlaceScores placeId="p1" name="Northshire North" />, [{ request, error: new Error('offline') }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The practice scores could not be loaded.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
