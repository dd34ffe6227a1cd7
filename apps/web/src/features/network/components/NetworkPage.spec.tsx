import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { NETWORK_DEFINITIONS } from '@stewardship/network';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { PartnerNetworkDocument, PartnerNetworkMapDocument, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { networkFixture, networkMapAnswer } from '../utils/network-fixtures';
import type { PartnerNetwork } from '../utils/network-graph';
import { NetworkPage } from './NetworkPage';

/** jsdom has no WebGL: a stand-in renderer that keeps the graph and item states it is given, and lets a test click. */
class MockSigma {
  static last: MockSigma | null = null;
  static failNext = false;
  readonly listeners = new Map<string, ((payload: unknown) => void)[]>();
  readonly nodeStates = new Map<string, Record<string, boolean>>();
  readonly edgeStates = new Map<string, Record<string, boolean>>();
  readonly camera = { setState: jest.fn(), animate: jest.fn(() => Promise.resolve()), zoomIn: jest.fn(() => Promise.resolve()), zoomOut: jest.fn(() => Promise.resolve()), reset: jest.fn(() => Promise.resolve()) };
  constructor(public graph: { order: number }) {
    if (MockSigma.failNext) throw new Error('WebGL 2 is not available');
    MockSigma.last = this;
  }
  on(event: string, listener: (payload: unknown) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  off(event: string, listener: (payload: unknown) => void) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
  }
  emit(event: string, payload?: unknown) {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
  setCustomBBox = jest.fn();
  setSetting = jest.fn();
  getGraph() {
    return this.graph;
  }
  setGraph(graph: { order: number }) {
    this.graph = graph;
    this.nodeStates.clear();
    this.edgeStates.clear();
  }
  getCamera() {
    return this.camera;
  }
  getNodeDisplayData(node: string) {
    return { x: node.length, y: 0.5 };
  }
  getNodeState(node: string) {
    return { isHidden: false, isFaded: false, isHighlighted: false, ...this.nodeStates.get(node) };
  }
  getEdgeState(edge: string) {
    return { isHidden: false, isFaded: false, ...this.edgeStates.get(edge) };
  }
  setNodeState(node: string, state: Record<string, boolean>) {
    this.nodeStates.set(node, { ...this.nodeStates.get(node), ...state });
  }
  setEdgeState(edge: string, state: Record<string, boolean>) {
    this.edgeStates.set(edge, { ...this.edgeStates.get(edge), ...state });
  }
  kill() {
    MockSigma.last = null;
  }
}

jest.mock('sigma', () => ({ __esModule: true, default: jest.fn((graph: { order: number }) => new MockSigma(graph)) }));
jest.mock('sigma/rendering', () => ({ sdfCircle: () => ({}), sdfDiamond: () => ({}), sdfSquare: () => ({}) }));

/** A month's two answers: the map's part (asked for first, compact, as partnerNetworkMap answers), then the whole month. */
const networkMock = (variables: { month: string | null; placeId: string | null }, network: PartnerNetwork | null, maxUsageCount = 1): MockLink.MockedResponse[] => [
  {
    request: { query: PartnerNetworkMapDocument, variables },
    ...(network ? { result: { data: { partnerNetworkMap: networkMapAnswer(network) } } } : { error: new Error('offline') }),
    maxUsageCount,
  },
  {
    // The whole month is asked for the month the map's answer named.
    request: { query: PartnerNetworkDocument, variables: { ...variables, month: variables.month ?? network?.month ?? null } },
    ...(network ? { result: { data: { partnerNetwork: network } } } : { error: new Error('offline') }),
    maxUsageCount,
  },
];
const LATEST = { month: null, placeId: null };
/** The months before March, which the page fetches to say what changed. */
const EARLIER_MONTHS = ['2026-02', '2026-01'].flatMap((month) => networkMock({ month, placeId: null }, networkFixture({ month }), Number.POSITIVE_INFINITY));

function Search() {
  return <span data-testid="search">{useLocation().search}</span>;
}

function renderPage(mocks: MockLink.MockedResponse[], { role = 'LEADER', place = null, url = '/network' }: { role?: Role; place?: { id: string; name: string } | null; url?: string } = {}) {
  return render(
    <MockedProvider mocks={[placesMock, ...mocks, ...EARLIER_MONTHS]} cache={createCache()}>
      <MemoryRouter initialEntries={[url]}>
        <SignedInViewerContext.Provider value={viewerFixture(role, place)}>
          <Routes>
            <Route
              path="/network"
              element={
                <>
                  <NetworkPage />
                  <Search />
                </>
              }
            />
          </Routes>
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function mapDrawn() {
  const map = await screen.findByRole('img', { name: /^Network map of Northshire ICS, March 2026: 5 partners/ });
  // The renderer loads with the map, a moment later.
  await waitFor(() => expect(MockSigma.last).not.toBeNull());
  act(() => MockSigma.last?.emit('afterRender'));
  // The whole month (figures, reasons, tables) is asked for once the map is drawn.
  await screen.findByTestId('network-density');
  return map;
}

beforeEach(() => {
  MockSigma.last = null;
  MockSigma.failNext = false;
});

describe('NetworkPage', () => {
  it('shows the month’s figures with their help text, and draws the map with how much of it is shown', async () => {
    renderPage([...networkMock(LATEST, networkFixture())]);
    const map = await mapDrawn();
    expect(document.title).toBe('Partner network – Stewardship');
    expect(map).toHaveAttribute('data-drawn', 'true');
    expect(screen.getByTestId('network-density')).toHaveTextContent('35.0%');
    expect(screen.getByTestId('network-density').parentElement).toHaveTextContent(NETWORK_DEFINITIONS.density.help);
    expect(screen.getByTestId('network-eiIndex')).toHaveTextContent('+0.50');
    expect(screen.getByTestId('network-components')).toHaveTextContent('2');
    expect(screen.getByText('Showing 5 of 5 partners and 4 of 4 ties.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Sector colours' })).getByText('VCSE (2)')).toBeInTheDocument();
    // The map is framed on the month's positions; the renderer got every partner and link.
    expect(MockSigma.last?.setCustomBBox).toHaveBeenCalledWith({ x: [-8, 10], y: [0, 12] });
    expect(MockSigma.last?.graph.order).toBe(5);
  });

  it('names the month shown by default as the latest complete one, and a newer month whose survey is open as open', async () => {
    renderPage([...networkMock(LATEST, networkFixture({ ratedMonths: ['2026-04', '2026-03', '2026-02', '2026-01'] }))]);
    await mapDrawn();
    const month = screen.getByRole('combobox', { name: /^Month/ });
    expect(within(month).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'March 2026 (latest complete)',
      'April 2026 (survey open)',
      'February 2026',
      'January 2026',
    ]);
    expect(month).toHaveValue('');
  });

  it('opens a flagged link from the weak links table in the panel with its reason, and the same flags are in the partners table', async () => {
    renderPage([...networkMock(LATEST, networkFixture())]);
    await mapDrawn();
    const weakLinks = screen.getByRole('table', { name: 'Weak links, each with its reason' });
    const declining = within(weakLinks).getByText('Declining tie').closest('tr') as HTMLElement;
    expect(within(declining).getByRole('link', { name: 'Northshire Carers' })).toHaveAttribute('href', '/partners/c');
    fireEvent.click(within(declining).getByRole('button', { name: /Show on the map.*declining tie/ }));
    const panel = screen.getByRole('complementary', { name: 'Details of the partner or tie chosen' });
    const heading = within(panel).getByRole('heading', { name: 'Northshire Community Health and Northshire Carers' });
    expect(heading).toHaveFocus();
    expect(panel).toHaveTextContent('Trust 4.0 → 3.0 over three months; last rated in March 2026');
    expect(panel).toHaveTextContent('-0.15');
    // The link is highlighted on the map, everything else faded.
    expect(MockSigma.last?.getNodeState('b').isHighlighted).toBe(true);
    expect(MockSigma.last?.getEdgeState('a|b').isFaded).toBe(true);

    const partners = screen.getByRole('table', { name: 'Partners’ network figures' });
    const carers = within(partners).getByRole('link', { name: 'Northshire Carers' }).closest('tr') as HTMLElement;
    expect(carers).toHaveTextContent('Weak tie, One-sided tie, Declining tie');
  });

  it('shows a partner clicked on the map: its figures, flags and ties, and fades who it has no link with', async () => {
    renderPage([...networkMock(LATEST, networkFixture())]);
    await mapDrawn();
    act(() => MockSigma.last?.emit('clickNode', { node: 'd' }));
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { name: 'Northshire Council' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Partner page' })).toHaveAttribute('href', '/partners/d');
    expect(panel).toHaveTextContent('Missing tie (Northshire Council and Northshire Hospital): Affected together by 4 decisions in 12 months');
    expect(within(panel).getByRole('table', { name: 'Northshire Council: ties, strongest first' })).toHaveTextContent('Northshire Carers');
    expect(within(panel).getByText(NETWORK_DEFINITIONS.change.title).nextElementSibling).toHaveTextContent('New this month');
    expect(MockSigma.last?.getNodeState('e').isFaded).toBe(true);
    expect(MockSigma.last?.getNodeState('c').isFaded).toBe(false);
    act(() => MockSigma.last?.emit('clickStage'));
    expect(within(panel).getByRole('heading', { name: 'Details' })).toBeInTheDocument();
  });

  it('filters the map by kind of weak link and minimum strength, in the URL', async () => {
    renderPage([...networkMock(LATEST, networkFixture())]);
    await mapDrawn();
    fireEvent.change(screen.getByLabelText('Weak links on the map'), { target: { value: 'ONE_SIDED' } });
    expect(await screen.findByText('Showing 5 of 5 partners and 1 of 4 ties.')).toBeInTheDocument();
    expect(screen.getByTestId('search')).toHaveTextContent('?kind=ONE_SIDED');
    expect(MockSigma.last?.getEdgeState('a|b').isHidden).toBe(true);
    expect(MockSigma.last?.getNodeState('e').isFaded).toBe(true);
    fireEvent.change(screen.getByLabelText('Weak links on the map'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Tie strength'), { target: { value: '0.6' } });
    expect(await screen.findByText('Showing 5 of 5 partners and 2 of 4 ties.')).toBeInTheDocument();
    expect(MockSigma.last?.getEdgeState('a|b').isHidden).toBe(false);
  });

  it('finds a partner by name: the camera goes there and its details open', async () => {
    renderPage([...networkMock(LATEST, networkFixture())]);
    await mapDrawn();
    fireEvent.change(screen.getByLabelText('Find a partner'), { target: { value: 'hospice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(within(screen.getByRole('complementary')).getByRole('heading', { name: 'Northshire Hospice' })).toBeInTheDocument();
    expect(MockSigma.last?.camera.animate).toHaveBeenCalledWith({ x: 1, y: 0.5, ratio: 0.4 }, { duration: 400 });
    fireEvent.change(screen.getByLabelText('Find a partner'), { target: { value: 'Southshire' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(screen.getByText('No partner called Southshire is in this network')).toBeInTheDocument();
  });

  it('steps back a month on the same map, and says what changed since the month before', async () => {
    const february = networkFixture({ month: '2026-02', ties: networkFixture().ties.slice(0, 2) });
    renderPage([...networkMock(LATEST, networkFixture()), ...networkMock({ month: '2026-02', placeId: null }, february)], { url: '/network?colour=changes' });
    await mapDrawn();
    const renderer = MockSigma.last;
    const march = renderer?.graph;
    expect(await screen.findByText('Since February 2026: 1 tie formed, 1 weakened, 0 broken.')).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: /Month on the map/ })).toHaveAttribute('aria-valuetext', 'March 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByText('Showing 5 of 5 partners and 2 of 2 ties.')).toBeInTheDocument();
    expect(screen.getByTestId('search')).toHaveTextContent('?month=2026-02&colour=changes');
    // The same renderer, given the month's graph: not a new one per month.
    expect(MockSigma.last).toBe(renderer);
    expect(MockSigma.last?.graph).not.toBe(march);
    expect(screen.getByRole('slider', { name: /Month on the map/ })).toHaveAttribute('aria-valuetext', 'February 2026');
  });

  it('sorts the partners table by a column, and back', async () => {
    renderPage([...networkMock(LATEST, networkFixture())]);
    await mapDrawn();
    const partners = screen.getByRole('table', { name: 'Partners’ network figures' });
    const firstPartner = () => within(within(partners).getAllByRole('row')[1]).getAllByRole('link')[0].textContent;
    expect(firstPartner()).toBe('Northshire Carers');
    fireEvent.click(within(partners).getByRole('button', { name: NETWORK_DEFINITIONS.betweenness.title }));
    expect(within(partners).getByRole('columnheader', { name: NETWORK_DEFINITIONS.betweenness.title })).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(partners).getByRole('button', { name: NETWORK_DEFINITIONS.betweenness.title }));
    expect(firstPartner()).toBe('Northshire Carers');
    expect(within(partners).getByRole('columnheader', { name: NETWORK_DEFINITIONS.betweenness.title })).toHaveAttribute('aria-sort', 'descending');
  });

  it('says so when nobody has rated a relationship yet', async () => {
    renderPage([...networkMock(LATEST, networkFixture({ month: null, ratedMonths: [], nodes: [], ties: [], weakLinks: [], sectors: [], density: null, reciprocity: null, eiIndex: null, communitySectorNmi: null, componentCount: 0 }))]);
    expect(await screen.findByText(/No ratings yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Network map/ })).toBeNull();
  });

  it('gives the reason a network is not shown', async () => {
    const reason = 'fewer than 5 partners rated their relationships in Northshire North this month';
    renderPage([...networkMock({ month: null, placeId: 'p1' }, networkFixture({ suppressed: true, suppressionReason: reason, nodes: [], ties: [], weakLinks: [], sectors: [] }))], { role: 'PLACE_LEAD', place: { id: 'p1', name: 'Northshire North' } });
    expect(await screen.findByText(`The network of Northshire North, March 2026 is not shown: ${reason}.`)).toBeInTheDocument();
    expect(screen.getByText('Northshire North (your place)')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Place' })).toBeNull();
  });

  it('offers to try again when the network cannot be loaded', async () => {
    renderPage([...networkMock(LATEST, null), ...networkMock(LATEST, networkFixture())]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The partner network could not be loaded. Try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    // The figures are asked for once the map is drawn.
    await mapDrawn();
    expect(screen.getByTestId('network-density')).toHaveTextContent('35.0%');
  });

  it('keeps the tables when the browser cannot draw the map', async () => {
    MockSigma.failNext = true;
    renderPage([...networkMock(LATEST, networkFixture())]);
    expect(await screen.findByText(/The map cannot be drawn in this browser/)).toBeInTheDocument();
    // Nothing to wait for: the whole month is asked for at once.
    await screen.findByTestId('network-density');
    expect(screen.getByRole('table', { name: 'Weak links, each with its reason' })).toBeInTheDocument();
  });
});
