import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { BoardPackSupportDocument, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { downloadTextFile } from '../../../shared/utils/download';
import { missingReviewFixture, networkMapFixture, reviewFixture, reviewMock, reviewMonthsMock } from '../utils/review-fixtures';
import { reviewMapSummary } from '../utils/review-map';
import { BoardPackPage } from './BoardPackPage';
import { ReviewPage } from './ReviewPage';

jest.mock('../../../shared/utils/download', () => ({ downloadTextFile: jest.fn() }));
// Each review draws fifteen SVG charts in jsdom, twice when the month changes: seconds on a loaded machine.
jest.setTimeout(20_000);

/** What each canvas was asked to draw: jsdom has no 2D canvas, so a stand-in counts the shapes the map traces. */
const drawnOn = new WeakMap<HTMLCanvasElement, { arc: number; rect: number; stroke: number; fill: number }>();
beforeEach(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    const counts = { arc: 0, rect: 0, stroke: 0, fill: 0 };
    drawnOn.set(this, counts);
    const count = (name: keyof typeof counts) => () => {
      counts[name] += 1;
    };
    const ignore = () => undefined;
    return { arc: count('arc'), rect: count('rect'), stroke: count('stroke'), fill: count('fill'), setTransform: ignore, fillRect: ignore, beginPath: ignore, moveTo: ignore, lineTo: ignore, closePath: ignore } as never;
  });
});
afterEach(() => jest.restoreAllMocks());

const SUPPRESSED_MAP = {
  ...networkMapFixture(),
  suppressed: true,
  suppressionReason: 'Fewer than 5 respondent organisations: hidden to protect respondents',
  partners: { __typename: 'NetworkMapPartners' as const, sectors: [], xs: [], ys: [], articulationPoints: [] },
  ties: { __typename: 'NetworkMapTies' as const, sources: [], targets: [], strengths: [] },
  weakLinks: [],
};

function Location() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search + location.hash}</p>;
}

function renderAt(path: string, mocks: MockLink.MockedResponse[], role: Role = 'LEADER', place: { id: string; name: string } | null = null) {
  return render(
    <MockedProvider mocks={[placesMock, reviewMonthsMock, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <SignedInViewerContext.Provider value={viewerFixture(role, place)}>
          <Routes>
            <Route path="/review" element={<ReviewPage />} />
            <Route path="/review/board-pack" element={<BoardPackPage />} />
            <Route path="*" element={<h1>Another page</h1>} />
          </Routes>
          <Location />
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const SECTION_TITLES = ['1. Practice scores', '2. What changed and is it real', '3. Network snapshot', '4. Power sharing', '5. Claims', '6. Suggested actions'];
const sectionOf = (title: string) => screen.getByRole('region', { name: title });

describe('ReviewPage', () => {
  it('shows the six sections in order, each with how its figures are computed', async () => {
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture())]);
    expect(await screen.findByRole('heading', { level: 1, name: /Monthly review: Northshire ICS, October 2026/ })).toHaveTextContent('Monthly review: Northshire ICS, October 2026');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(SECTION_TITLES);
    for (const title of SECTION_TITLES) expect(within(sectionOf(title)).getByText('How these figures are computed')).toBeInTheDocument();
    // The help's words come from the libraries that compute the figures.
    expect(within(sectionOf('1. Practice scores')).getByText(/95% confidence interval from the t-distribution/)).toBeInTheDocument();
    expect(within(sectionOf('3. Network snapshot')).getByText(/The 5 most serious/)).toBeInTheDocument();
    expect(within(sectionOf('3. Network snapshot')).getByText(/^The small map is the network page's map of the month\. Partners are placed by ForceAtlas2.*in the colour of the first of: declining tie, one-sided tie, weak tie, missing tie\.$/)).toBeInTheDocument();
    expect(within(sectionOf('4. Power sharing')).getByText(/^"Too cosy" warning: Recorded dissent/)).toBeInTheDocument();
    expect(within(sectionOf('6. Suggested actions')).getByText(/At most 5 actions/)).toBeInTheDocument();
  });

  it('shows each practice score with n, CI, variation, its line and a sparkline with a data table', async () => {
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture())]);
    const card = await screen.findByRole('region', { name: 'Sharing power' });
    expect(within(card).getByText('Score', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2.60');
    expect(within(card).getByText('n', { selector: 'dt' }).nextElementSibling).toHaveTextContent('12');
    expect(within(card).getByText('95% CI', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2.35 to 2.85');
    expect(within(card).getByText('Special cause concern (low)', { selector: '.app-variation-badge__label' })).toBeInTheDocument();
    expect(within(card).getByText(/third month below the mean/)).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'Sharing power' })).toBeInTheDocument();
    expect(within(card).getByRole('table', { name: 'Sharing power: monthly figures' })).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /./ }).length).toBeGreaterThanOrEqual(8);
  });

  it('lists signals first and labels noise as not a change to act on, each opening its evidence', async () => {
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture())]);
    const changes = await screen.findByRole('region', { name: '2. What changed and is it real' });
    const headings = within(changes).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Signals: changes that are real (1)', 'Noise, not a change to act on (1)', 'Not judged: compared with the month before only (1)']);
    expect(within(screen.getByTestId('review-changes-signals')).getByText('Concern')).toBeInTheDocument();
    expect(within(screen.getByTestId('review-changes-noise')).getByText('Noise')).toBeInTheDocument();
    expect(within(screen.getByTestId('review-changes-noise')).getByText(/Inclusion ratio: .*noise, not a change to act on/)).toBeInTheDocument();
    expect(within(changes).getByRole('link', { name: 'Open the evidence for Sharing power' })).toHaveAttribute('href', '/scores?month=2026-10#practice-sharing_power-heading');
    expect(within(changes).getByRole('link', { name: 'Open the evidence for Inclusion ratio' })).toHaveAttribute('href', '/power?from=2026-08&to=2026-10&month=2026-10#power-inclusionRatio-heading');

    fireEvent.click(within(changes).getByRole('link', { name: 'Open the evidence for Sharing power' }));
    expect(await screen.findByRole('heading', { name: 'Another page' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/scores?month=2026-10#practice-sharing_power-heading');
  });

  it('shows the network, power, claims and actions with links to what they cite', async () => {
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture())]);
    const network = await screen.findByRole('region', { name: '3. Network snapshot' });
    expect(within(network).getByRole('region', { name: 'Weak links by kind' })).toHaveTextContent('One-sided tie6');
    expect(within(network).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/o3');
    expect(within(network).getByText(/Strength fell in each of the last 3 months/)).toBeInTheDocument();
    expect(within(network).getByRole('link', { name: 'open the network map for October 2026' })).toHaveAttribute('href', '/network?month=2026-10');

    const power = sectionOf('4. Power sharing');
    expect(within(power).getByText('Too cosy?')).toBeInTheDocument();
    expect(within(power).getByText("No dissent has been recorded in any decision for 6 months in a row (May 2026 to October 2026).")).toBeInTheDocument();
    expect(within(power).getByRole('table', { name: 'Inclusion ratio: monthly figures' })).toBeInTheDocument();

    expect(within(sectionOf('5. Claims')).getByRole('link', { name: 'Shared purpose has improved across the system' })).toHaveAttribute('href', '/claims/c1');

    const first = screen.getByTestId('review-action-1');
    expect(first).toHaveTextContent('Discuss sharing power: it fell to 2.60 in October 2026');
    expect(within(first).getByRole('link', { name: 'Sharing power' })).toHaveAttribute('href', '/scores?month=2026-10#practice-sharing_power-heading');
    expect(within(screen.getByTestId('review-action-2')).getByRole('link', { name: 'Riverside Food Bank' })).toHaveAttribute('href', '/partners/o3');
    expect(within(sectionOf('6. Suggested actions')).getByText('The rules that suggest actions')).toBeInTheDocument();
    expect(within(sectionOf('6. Suggested actions')).getByText(/A partner has become isolated/)).toBeInTheDocument();
  });

  it('draws the month’s network small, says what it shows, and points to its tables and the full map', async () => {
    const ratio = window.devicePixelRatio;
    window.devicePixelRatio = 2;
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture())]);
    const network = await screen.findByRole('region', { name: '3. Network snapshot' });
    const figure = within(network).getByRole('figure', { name: /^The network map, small\. Its figures are in the tables below/ });
    const [map, printed] = within(figure).getAllByRole('img', { name: /^Network map of October 2026:/ });
    expect(map.tagName).toBe('CANVAS');
    expect(map).toHaveAccessibleName(
      'Network map of October 2026: 40 partners as dots coloured by sector (1 single point of failure as a diamond, 1 isolated or peripheral partner as a square), ' +
        '120 ties darker and thicker the stronger they are, and weak links in colour by kind: 2 declining ties, 6 one-sided ties, 4 weak ties, 0 missing ties.',
    );
    // At the screen's pixel density (jsdom measures no width, so the map is its widest, 680 × 510 CSS pixels).
    expect(map).toHaveAttribute('width', '1360');
    expect(map).toHaveAttribute('height', '1020');
    // 38 round dots, the peripheral partner's square (o40) and o1's diamond, which is outlined (the last stroke).
    await waitFor(() => expect(map).toHaveAttribute('data-drawn', 'true'));
    expect(drawnOn.get(map as HTMLCanvasElement)).toMatchObject({ arc: 38, rect: 1, fill: 4 });
    // The key: sectors with their counts (ten partners each), the diamond and the weak-link colours.
    const legend = within(figure).getByRole('list', { name: 'Sector colours' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'NHS (10)',
      'Local government (10)',
      'VCSE (10)',
      'Independent (10)',
      'Diamond: single points of failure (partners)',
      'Square: isolated or peripheral partner',
    ]);
    expect(within(figure).getByRole('list', { name: 'Tie colours' })).toHaveTextContent('One-sided tie');
    expect(within(figure).getByRole('link', { name: 'open the network map for October 2026' })).toHaveAttribute('href', '/network?month=2026-10');
    // Print gets the same map as SVG paths (hidden on screen by the stylesheet, which jsdom does not load), with the same name:
    // five bands of ties, three kinds of weak link (declining, one-sided, weak), four sectors, and the diamond's outline.
    expect(printed).toHaveAccessibleName(reviewMapSummary(networkMapFixture()));
    expect(printed.tagName).toBe('svg');
    expect(printed.querySelectorAll('path')).toHaveLength(5 + 3 + 4 + 1);
    window.devicePixelRatio = ratio;
  });

  it('says why the map is not drawn when the month’s network is hidden, and draws none when the section is missing', async () => {
    renderAt('/review?month=2026-10', [reviewMock({ month: '2026-10', placeId: null }, reviewFixture({ networkMap: SUPPRESSED_MAP }))]);
    const network = await screen.findByRole('region', { name: '3. Network snapshot' });
    expect(await within(network).findByText('The map is not drawn. Fewer than 5 respondent organisations: hidden to protect respondents.')).toBeInTheDocument();
    expect(within(network).queryByRole('figure')).not.toBeInTheDocument();
    expect(within(network).getByRole('link', { name: 'open the network map for October 2026' })).toBeInTheDocument();
  });

  it('says why each section is missing', async () => {
    renderAt('/review?month=2026-11', [reviewMock({ month: '2026-11', placeId: null }, missingReviewFixture())]);
    expect(await within(await screen.findByTestId('review-scores')).findByText('The survey round for November 2026 is still open: its figures are shown when it closes')).toBeInTheDocument();
    expect(within(screen.getByTestId('review-changes')).getByText('No figures for November 2026 to compare')).toBeInTheDocument();
    expect(within(screen.getByTestId('review-network')).getByText('No survey round closed for November 2026')).toBeInTheDocument();
    expect(within(screen.getByTestId('review-network')).queryByRole('img')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('review-power')).getByText('No decisions recorded in November 2026')).toBeInTheDocument();
    expect(within(screen.getByTestId('review-claims')).getByText("Claims are not shown to place leads: their evidence may be other places' figures")).toBeInTheDocument();
    expect(within(screen.getByTestId('review-actions')).getByText('No figures or claims for November 2026 to suggest actions from')).toBeInTheDocument();
  });

  it('says each section is loading while the review loads', async () => {
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture(), 50)]);
    expect(within(screen.getByTestId('review-scores')).getByRole('status')).toHaveTextContent('Loading practice scores…');
    expect(within(screen.getByTestId('review-actions')).getByRole('status')).toHaveTextContent('Loading suggested actions…');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    expect(await screen.findByRole('region', { name: 'Sharing power' })).toBeInTheDocument();
  });

  it('says when the review could not be loaded', async () => {
    renderAt('/review', [{ request: reviewMock({ month: null, placeId: null }, reviewFixture()).request, error: new Error('Network down') }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The monthly review could not be loaded. Try again.');
  });

  it('puts a new month in the address and asks for it, marking an open survey', async () => {
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture()), reviewMock({ month: '2026-11', placeId: null }, missingReviewFixture())]);
    await screen.findByRole('region', { name: 'Sharing power' });
    const month = screen.getByLabelText('Month');
    // The month list is its own query: it may arrive after the review.
    await waitFor(() => expect(within(month).getAllByRole('option').map((option) => option.textContent)).toEqual(['November 2026 (survey open)', 'October 2026', 'September 2026']));
    expect(month).toHaveValue('2026-10');

    fireEvent.change(month, { target: { value: '2026-11' } });

    expect(screen.getByTestId('location')).toHaveTextContent('/review?month=2026-11');
    // The second review arrives after the first's charts have drawn: slow on a loaded machine.
    expect(await screen.findByText('No decisions recorded in November 2026', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('November 2026');
  });

  it('puts a place in the address and asks for its review', async () => {
    renderAt('/review?month=2026-10', [
      reviewMock({ month: '2026-10', placeId: null }, reviewFixture()),
      reviewMock({ month: '2026-10', placeId: 'p2' }, reviewFixture({ placeId: 'p2', placeName: 'Northshire South' })),
    ]);
    await screen.findByRole('region', { name: 'Sharing power' });
    fireEvent.change(await screen.findByLabelText('Place'), { target: { value: 'p2' } });
    expect(screen.getByTestId('location')).toHaveTextContent('/review?month=2026-10&place=p2');
    expect(await screen.findByRole('heading', { level: 1, name: /Monthly review: Northshire South, October 2026/ })).toHaveTextContent('Monthly review: Northshire South, October 2026');
  });

  it("holds a place lead to their own place", async () => {
    const ashby = { id: 'p1', name: 'Northshire North' };
    renderAt('/review?place=p2', [reviewMock({ month: null, placeId: 'p1' }, reviewFixture({ placeId: 'p1', placeName: 'Northshire North' }))], 'PLACE_LEAD', ashby);
    expect(await screen.findByRole('heading', { level: 1, name: /Monthly review: Northshire North, October 2026/ })).toHaveTextContent('Monthly review: Northshire North, October 2026');
    expect(screen.queryByLabelText('Place')).not.toBeInTheDocument();
    expect(screen.getByText('Northshire North (your place)')).toBeInTheDocument();
  });

  it('downloads every figure on the page as CSV', async () => {
    renderAt('/review', [reviewMock({ month: null, placeId: null }, reviewFixture())]);
    await screen.findByRole('region', { name: 'Sharing power' });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const [name, text] = jest.mocked(downloadTextFile).mock.calls[0];
    expect(name).toBe('monthly-review-2026-10.csv');
    expect(text.split('\r\n')[0]).toBe('Section,Figure,Month,Value,n,CI,Variation,Line');
    expect(text).toContain('Practice scores,Sharing power,2026-10,2.60,12,2.35 to 2.85,Special cause concern (low)');
  });

  it('offers printing where the server cannot make the PDF board pack, and the board pack of the month shown', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const noWorker = { request: { query: BoardPackSupportDocument }, result: { data: { boardPackSupport: { __typename: 'BoardPackSupport', available: false, reason: 'No board pack worker is running on the server just now, so a PDF cannot be made here.' } } } };
    renderAt('/review?month=2026-10', [reviewMock({ month: '2026-10', placeId: null }, reviewFixture()), noWorker]);
    await screen.findByRole('region', { name: 'Sharing power' });
    expect(screen.getByRole('group', { name: 'PDF board pack for October 2026' })).toHaveTextContent(/No board pack worker is running/);
    fireEvent.click(await screen.findByRole('button', { name: 'Print the review' }));
    expect(print).toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Open the board pack (print view)' })).toHaveAttribute('href', '/review/board-pack?month=2026-10');
  });
});

describe('BoardPackPage', () => {
  it('shows a cover and every section open, then says it is ready', async () => {
    const { container } = renderAt('/review/board-pack?month=2026-10', [reviewMock({ month: '2026-10', placeId: null }, reviewFixture())]);
    const root = container.querySelector('[data-board-pack-ready]');
    expect(root).toHaveAttribute('data-board-pack-ready', 'false');
    expect(await screen.findByRole('region', { name: 'Sharing power' })).toBeInTheDocument();
    // Ready once the charts have drawn; the network map is only printed there, as SVG, with no canvas to draw.
    await waitFor(() => expect(root).toHaveAttribute('data-board-pack-ready', 'true'));
    const network = screen.getByTestId('review-network');
    expect(network.querySelector('canvas')).toBeNull();
    expect(network.querySelector('svg.app-review-map__print')).toHaveAttribute('aria-label', expect.stringMatching(/^Network map of October 2026: 40 partners/));

    expect(screen.getByRole('heading', { level: 1, name: 'Northshire ICS' })).toBeInTheDocument();
    expect(screen.getByTestId('board-pack-month')).toHaveTextContent('October 2026');
    expect(screen.getByText(/^Produced \d+ \w+ \d{4} at \d\d:\d\d \(UK time\)$/)).toBeInTheDocument();
    expect(screen.getByText(/^Data as of \d+ \w+ \d{4} at \d\d:\d\d \(UK time\)$/)).toBeInTheDocument();
    expect(screen.getByText('The whole system')).toBeInTheDocument();
    // Help and data tables open, no buttons or pickers.
    for (const details of container.querySelectorAll('details')) expect(details).toHaveAttribute('open');
    expect(screen.getByRole('table', { name: 'Sharing power: monthly figures' }).closest('details')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Month')).not.toBeInTheDocument();
  });

  it('is ready without waiting for a map when there is none to draw', async () => {
    const { container } = renderAt('/review/board-pack?month=2026-10', [reviewMock({ month: '2026-10', placeId: null }, reviewFixture({ networkMap: SUPPRESSED_MAP }))]);
    expect(await screen.findByText(/^The map is not drawn\./)).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector('[data-board-pack-ready]')).toHaveAttribute('data-board-pack-ready', 'true'));
  });

  it('says "error" when the review cannot be loaded', async () => {
    const { container } = renderAt('/review/board-pack?month=2026-10', [{ request: reviewMock({ month: '2026-10', placeId: null }, reviewFixture()).request, error: new Error('Network down') }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The review could not be loaded');
    expect(container.querySelector('[data-board-pack-ready]')).toHaveAttribute('data-board-pack-ready', 'error');
  });
});
