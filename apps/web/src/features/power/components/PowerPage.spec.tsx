import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { ManualIndicatorsDocument, PowerFiguresDocument, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { PowerPage } from './PowerPage';

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const FIGURES = ['inclusionRatio', 'outsideForumShare', 'deputiesWithoutAuthorityShare', 'proposerHhi', 'proposerGini', 'reopenedShare', 'dissentRate', 'conflictSurfacedRate', 'decisionCount'] as const;
/** January has three decisions, February none, March one with no affected partner. */
const MONTHLY: Record<(typeof FIGURES)[number], (number | null)[]> = {
  inclusionRatio: [2 / 3, null, null],
  outsideForumShare: [1 / 3, null, 0],
  deputiesWithoutAuthorityShare: [0.25, null, 0],
  proposerHhi: [5 / 9, null, 1],
  proposerGini: [4 / 9, null, 0.5],
  reopenedShare: [0, null, 0],
  dissentRate: [0, null, 0],
  conflictSurfacedRate: [1 / 3, null, 0],
  decisionCount: [3, 0, 1],
};

const figures = {
  __typename: 'PowerIndicators', placeId: null, from: '2026-01-01', to: '2026-03-31', decisionCount: 4,
  inclusionRatio: 2 / 3, outsideForumShare: 0.25, deputiesWithoutAuthorityShare: 0.2, proposerHhi: 0.5, proposerGini: 0.25, reopenedShare: 0, dissentRate: 0, conflictSurfacedRate: 0.25,
  representation: [
    { __typename: 'SectorRepresentation', sector: 'NHS', seats: 1, votingSeats: 1, weight: 60, seatShare: 1 / 3, voteShare: 0.5, weightShare: 0.6, seatRatio: 5 / 9, voteRatio: 5 / 6, seatFlag: 'under', voteFlag: null },
    { __typename: 'SectorRepresentation', sector: 'VCSE', seats: 2, votingSeats: 1, weight: 40, seatShare: 2 / 3, voteShare: 0.5, weightShare: 0.4, seatRatio: 5 / 3, voteRatio: 1.25, seatFlag: 'over', voteFlag: null },
  ],
};
const series = {
  __typename: 'PowerSeries',
  figures: FIGURES.map((figure) => ({
    __typename: 'PowerFigureSeries', figure, limitsNote: 'Fewer than 12 points: no limits yet', latestVariation: null, latestMonth: null,
    points: MONTHS.map((month, i) => ({ __typename: 'PowerPoint', month, value: MONTHLY[figure][i], movingRange: null, processMean: null, lowerLimit: null, upperLimit: null, rules: [], variation: 'common' })),
  })),
  tooCosy: { __typename: 'TooCosyWarning', warning: true, months: 2, latestMonth: '2026-03', dissentWarning: true, dissentMonths: ['2026-01', '2026-02', '2026-03'], conflictSurfacedWarning: false, conflictSurfacedMonths: [] },
};

const figuresMock = (placeId: string | null): MockLink.MockedResponse => ({
  request: { query: PowerFiguresDocument, variables: { placeId, from: '2026-01-01', to: '2026-03-31', fromMonth: '2026-01', toMonth: '2026-03' } },
  result: { data: { powerIndicators: { ...figures, placeId }, powerSeries: series } },
});
const indicatorsMock = (placeId: string | null): MockLink.MockedResponse => ({
  request: { query: ManualIndicatorsDocument, variables: { placeId } },
  result: {
    data: {
      manualIndicators: [
        { __typename: 'ManualIndicator', id: 'm1', name: 'Budget decided jointly', value: 0.42, from: '2025-04-01', to: '2026-03-31', evidenceUrl: 'https://example.nhs.uk/r.pdf', evidenceTitle: 'Finance report', placeId: null, enteredByName: 'Lee Leader', enteredAt: '2026-04-02T09:00:00Z' },
      ],
    },
  },
});

function renderPage(role: Role, mocks: MockLink.MockedResponse[], place: { id: string; name: string } | null = null, month = '') {
  return render(
    <MockedProvider mocks={[placesMock, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={[`/power?from=2026-01&to=2026-03${month}`]}>
        <SignedInViewerContext.Provider value={viewerFixture(role, place)}>
          <Routes>
            <Route path="/power" element={<PowerPage />} />
          </Routes>
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('PowerPage', () => {
  it('shows each figure for the period and month with its trend, help text and the decisions behind it', async () => {
    renderPage('LEADER', [figuresMock(null), indicatorsMock(null)], null, '&month=2026-02');
    const inclusion = await screen.findByRole('region', { name: 'Inclusion ratio' });
    expect(document.title).toBe('Power sharing – Stewardship');
    expect(screen.getAllByRole('img', { name: /: by month$/ })).toHaveLength(9);
    expect(within(inclusion).getByText(/Affected partners with a say divided by affected partners/)).toBeInTheDocument();
    expect(within(inclusion).getByText('Over the period', { selector: 'dt' }).nextElementSibling).toHaveTextContent('66.7%');
    // February had no decisions: said in words, never 0.
    expect(within(inclusion).getByText('February 2026', { selector: 'dt' }).nextElementSibling).toHaveTextContent('No decisions in this period');
    expect(within(inclusion).getByRole('link', { name: /See the decisions behind it/ })).toHaveAttribute('href', '/decisions?from=2026-01-01&to=2026-03-31');
    const outside = screen.getByRole('region', { name: 'Decisions taken outside the forum' });
    expect(within(outside).getByRole('link', { name: /See the decisions behind it/ })).toHaveAttribute('href', '/decisions?from=2026-01-01&to=2026-03-31&outside=yes');
    expect(within(inclusion).getByRole('table', { name: 'Inclusion ratio: monthly figures' })).toHaveTextContent('Empty: No decision in the period recorded an affected partner.');
  });

  it('warns when dissent has been absent for the run of months', async () => {
    renderPage('VIEWER', [figuresMock(null), indicatorsMock(null)]);
    const callout = (await screen.findByRole('heading', { name: 'Important: Too cosy?' })).parentElement as HTMLElement;
    expect(callout).toHaveClass('nhsuk-warning-callout');
    expect(callout).toHaveTextContent('No dissent has been recorded in any decision for 3 months in a row (January 2026 to March 2026).');
    expect(callout).not.toHaveTextContent('No conflict has been surfaced');
  });

  it('draws seat, vote and weight shares by sector with flags, and their data table', async () => {
    renderPage('VIEWER', [figuresMock(null), indicatorsMock(null)]);
    const chart = await screen.findByRole('img', { name: 'Representation by sector on 31 March 2026' });
    expect(chart).toHaveAccessibleDescription('Flagged: NHS seats under-represented; VCSE seats over-represented.');
    expect(chart.querySelectorAll('rect[stroke-width="3"]')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Representation by sector on 31 March 2026' });
    expect(within(within(table).getAllByRole('row')[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '1', '60', '33.3%', '50.0%', '60.0%', '0.56 (under-represented)', '0.83']);
  });

  it('lists manual indicators, and offers the form only to those who may add one', async () => {
    renderPage('VIEWER', [figuresMock(null), indicatorsMock(null)]);
    expect(await screen.findByRole('link', { name: 'Finance report' })).toHaveAttribute('href', 'https://example.nhs.uk/r.pdf');
    expect(screen.getByText(/Lee Leader/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Add an indicator/ })).toBeNull();
  });

  it('fixes a place lead to their place and checks the form before sending', async () => {
    renderPage('PLACE_LEAD', [figuresMock('p1'), indicatorsMock('p1')], { id: 'p1', name: 'Northshire North' });
    expect(await screen.findByText('Northshire North (your place)')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Place' })).toBeNull();
    const form = await screen.findByRole('form', { name: 'Add an indicator for Northshire North' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the indicator' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Enter the indicator');
    expect(within(form).getByLabelText('Value')).toHaveAccessibleDescription(/Enter the value/);
  });
});
