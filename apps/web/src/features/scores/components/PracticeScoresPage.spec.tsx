import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { PRACTICES, SUMMARY_QUESTIONS } from '@stewardship/domain';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { PracticeScoresDocument, ScoreMonthsDocument, SummaryScoresDocument, type ScoreFilter } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { PracticeScoresPage } from './PracticeScoresPage';

const months = ['2026-07', '2026-08', '2026-09', '2026-10'];
const reason = 'Fewer than 5 responses: hidden to protect respondents';

function points(hiddenMonth?: string) {
  return months.map((month, index) => {
    const hidden = month === hiddenMonth;
    return {
      __typename: 'PracticeScorePoint',
      month,
      suppressed: hidden,
      suppressionReason: hidden ? reason : null,
      n: hidden ? null : 20 + index,
      mean: hidden ? null : 3 + index / 10,
      standardDeviation: hidden ? null : 0.9,
      confidenceLower: hidden ? null : 2.7 + index / 10,
      confidenceUpper: hidden ? null : 3.3 + index / 10,
      distribution: hidden ? null : [1, 3, 8, 6, 2],
      movingRange: hidden || index === 0 ? null : 0.1,
      processMean: hidden ? null : 3.15,
      lowerLimit: hidden ? null : 2.85,
      upperLimit: hidden ? null : 3.45,
      rules: index === 3 ? ['trend'] : [],
      variation: index === 3 ? 'improvement' : 'common',
    };
  });
}

function seriesList({ empty = false } = {}) {
  return PRACTICES.map((practice) => ({
    __typename: 'PracticeScoreSeries',
    practice: practice.key,
    name: practice.name,
    shortHelp: practice.shortHelp,
    limitsNote: empty ? 'No months with enough responses to chart yet' : null,
    latestVariation: empty ? null : 'improvement',
    rebases: [],
    rebaseSuggestion: null,
    points: empty ? points().map((p) => ({ ...points('2026-07')[0], month: p.month })) : points('2026-08'),
  }));
}

function scoresMock(filter: ScoreFilter, result: MockLink.MockedResponse['result'] | 'error', toMonth?: string): MockLink.MockedResponse {
  const request = { query: PracticeScoresDocument, variables: { filter, months: 24, toMonth } };
  return result === 'error' ? { request, error: new Error('offline') } : { request, result };
}

// A scheduled round's month cannot be the latest: nobody has answered it.
const roundsMock: MockLink.MockedResponse = {
  request: { query: ScoreMonthsDocument },
  result: {
    data: {
      surveyRounds: [
        { __typename: 'SurveyRound', id: 'r11', month: '2026-11', status: 'SCHEDULED' },
        ...months.map((month) => ({ __typename: 'SurveyRound', id: `r${month}`, month, status: month === '2026-10' ? 'OPEN' : 'CLOSED' })),
      ],
    },
  },
};

const data = (practiceScores: unknown) => ({ data: { minimumGroupSize: 5, practiceScores } });

function QueryString() {
  return <p data-testid="query">{useLocation().search}</p>;
}

/** The summary questions' series, answered for the same view as each practice scores request. */
function summaryMocks(mocks: MockLink.MockedResponse[]): MockLink.MockedResponse[] {
  const summaryScores = SUMMARY_QUESTIONS.map((question) => ({
    __typename: 'SummaryScoreSeries',
    question: question.key,
    name: question.name,
    shortHelp: question.shortHelp,
    limitsNote: null,
    latestVariation: 'common',
    rebases: [],
    rebaseSuggestion: null,
    points: points('2026-09'),
  }));
  return mocks
    .filter((mock) => mock.request.query === PracticeScoresDocument)
    .map((mock) => ({ request: { ...mock.request, query: SummaryScoresDocument }, result: { data: { summaryScores } } }));
}

function renderPage(mocks: MockLink.MockedResponse[], path = '/scores', role: Parameters<typeof viewerFixture>[0] = 'LEADER') {
  return render(
    <MockedProvider mocks={[placesMock, roundsMock, ...mocks, ...summaryMocks(mocks)]} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <SignedInViewerContext.Provider value={viewerFixture(role)}>
          <Routes>
            <Route
              path="/scores"
              element={
                <>
                  <PracticeScoresPage />
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

describe('PracticeScoresPage', () => {
  it('draws six SPC charts, each with its variation icon, description and data table', async () => {
    renderPage([scoresMock({}, data(seriesList()))]);

    const charts = await screen.findAllByRole('img', { name: /^\d\. .*: monthly mean score$/ });
    expect(charts).toHaveLength(6);
    expect(document.title).toBe('Practice scores – Stewardship');
    const chart = screen.getByRole('img', { name: '3. Shared purpose and shared identity: monthly mean score' });
    expect(chart).toHaveAccessibleDescription(/^Monthly mean score on a scale of 1 to 5, July 2026 to October 2026\. 1 of 4 months not shown/);
    expect(chart).toHaveAccessibleDescription(/October 2026: Special cause improvement \(high\)\.$/);

    const card = screen.getByRole('region', { name: '3. Shared purpose and shared identity' });
    expect(card.querySelector('.app-variation-badge')).toHaveTextContent('Special cause improvement (high)');
    expect(within(card).getByText('Latest month: October 2026')).toBeInTheDocument();
    // A hidden month is a gap: three markers for four months, and the gap's tick on the axis says why on hover.
    expect(card.querySelectorAll('svg path[transform]')).toHaveLength(3);
    expect(card.querySelector('.app-xmr-chart__gap title')).toHaveTextContent(`August 2026 not shown: ${reason}`);

    const table = screen.getByRole('table', { name: '3. Shared purpose and shared identity: monthly figures' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('August 2026');
    expect(rows[2]).toHaveTextContent(`Not shown: ${reason}`);
    expect(within(rows[4]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '23',
      '3.30',
      '3.00 to 3.60',
      '3.15',
      '2.85 to 3.45',
      '7 or more in a row rising or falling',
      'Special cause improvement (high)',
    ]);
    expect(screen.getByRole('heading', { name: 'How these figures are computed' })).toBeInTheDocument();
    expect(screen.getByText(/Groups with fewer than 5 responses are hidden/)).toBeInTheDocument();
  });

  it('charts direction, alignment and commitment beside the practices, with what each asks, tables and the same gaps', async () => {
    renderPage([scoresMock({}, data(seriesList()))]);

    expect(await screen.findByRole('img', { name: 'Direction: monthly mean score' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Alignment: monthly mean score' })).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Commitment' });
    expect(card.querySelector('.app-xmr-chart__gap title')).toHaveTextContent(`September 2026 not shown: ${reason}`);
    expect(screen.getByText(SUMMARY_QUESTIONS[1].description)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Direction: monthly figures' });
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent(`Not shown: ${reason}`);
  });

  it('draws a rebase as a line with its reason, lists it, and offers a suggested rebase with buttons only to those who may act', async () => {
    const rebased = seriesList().map((series) =>
      series.practice === 'SHARED_PURPOSE'
        ? { ...series, rebases: [{ __typename: 'ScoreRebase', id: 'r1', month: '2026-09', reason: 'Outcomes framework agreed', createdBy: 'Lee Leader', createdAt: '2026-11-05T10:00:00.000Z' }] }
        : series.practice === 'SHARING_POWER'
          ? { ...series, rebaseSuggestion: { __typename: 'RebaseSuggestion', from: '2026-07', months, direction: 'down', reason: '4 months in a row were below the mean.' } }
          : series,
    );
    const { unmount } = renderPage([scoresMock({}, data(rebased))]);
    const card = await screen.findByRole('region', { name: '3. Shared purpose and shared identity' });
    expect(card.querySelector('.app-xmr-chart__rebase title')).toHaveTextContent('Rebase from September 2026: Outcomes framework agreed');
    expect(within(card).getByRole('listitem')).toHaveTextContent('From September 2026: Outcomes framework agreed Set by Lee Leader on 5 November 2026.');
    expect(screen.getByRole('img', { name: '3. Shared purpose and shared identity: monthly mean score' })).toHaveAccessibleDescription(/Rebased from September 2026/);
    const notice = screen.getByRole('region', { name: /^Suggested rebase from July 2026 for 4\./ });
    expect(within(notice).getByRole('button', { name: /^Accept rebase/ })).toBeInTheDocument();
    unmount();

    renderPage([scoresMock({}, data(rebased))], '/scores', 'VIEWER');
    const readOnly = await screen.findByRole('region', { name: /^Suggested rebase from July 2026/ });
    expect(within(readOnly).queryByRole('button')).toBeNull();
    expect(within(screen.getByRole('region', { name: '3. Shared purpose and shared identity' })).queryByRole('button', { name: /^Withdraw/ })).toBeNull();
  });

  it('shows a month’s details when its column on the chart has focus, and moves with the arrow keys', async () => {
    renderPage([scoresMock({}, data(seriesList()))]);
    const card = await screen.findByRole('region', { name: '1. Safe, inclusive and trusting environment' });
    const months = within(within(card).getByRole('group', { name: /^Months on the/ })).getAllByRole('button');
    expect(months.map((m) => m.tabIndex)).toEqual([-1, -1, -1, 0]);

    act(() => months[3].focus());
    fireEvent.keyDown(months[3], { key: 'Home' });

    expect(months[0]).toHaveFocus();
    expect(months[0]).toHaveAccessibleName(
      'July 2026: Mean 3.00. 95% CI 2.70 to 3.30. n 20. Common cause variation. Rules: None',
    );
    fireEvent.keyDown(months[0], { key: 'ArrowRight' });
    expect(months[1]).toHaveAccessibleName(`August 2026: Not shown: ${reason}`);
    expect(card.querySelector('.app-xmr-chart__tooltip')).toHaveTextContent('August 2026');
  });

  it('fits each chart’s y axis to its own scores, or puts all six on one scale when asked', async () => {
    const list = seriesList();
    const raised = { ...list[5], points: list[5].points.map((p) => ({ ...p, mean: p.mean === null ? null : p.mean + 1, processMean: 4.15, lowerLimit: 3.85, upperLimit: 4.45 })) };
    renderPage([scoresMock({}, data([...list.slice(0, 5), raised]))]);
    const charts = await screen.findAllByRole('img', { name: /: monthly mean score$/ });
    const axis = (chart: Element) => [...chart.querySelectorAll('text[text-anchor="end"]')].map((text) => text.textContent);

    expect(axis(charts[0])).not.toEqual(axis(charts[5]));
    expect(axis(charts[0])).toContain('3.0');
    expect(axis(charts[0])).not.toContain('4.0');

    fireEvent.click(screen.getByLabelText('Same scale for all six'));

    expect(axis(charts[0])).toEqual(axis(charts[5]));
    expect(axis(charts[0])).toEqual(expect.arrayContaining(['3.0', '4.0']));
  });

  it('keeps the filters in the URL and asks again', async () => {
    renderPage([scoresMock({}, data(seriesList())), scoresMock({ sector: 'VCSE' }, data(seriesList()))]);
    await screen.findAllByRole('img', { name: /monthly mean score/ });

    fireEvent.change(screen.getByLabelText('Sector'), { target: { value: 'VCSE' } });

    expect(screen.getByTestId('query')).toHaveTextContent('?sector=VCSE');
    expect(await screen.findByRole('link', { name: 'Clear filters' })).toHaveAttribute('href', '/scores');
    expect(screen.getByLabelText('Role group')).toHaveValue('');
  });

  it('ends the charts at the month chosen, kept in the URL, offering only months whose round has opened', async () => {
    const earlier = seriesList().map((series) => ({ ...series, points: series.points.slice(0, 3) }));
    renderPage([scoresMock({}, data(seriesList())), scoresMock({}, data(earlier), '2026-09')]);
    await screen.findAllByRole('img', { name: /monthly mean score/ });
    const picker = screen.getByLabelText('Latest month');
    await within(picker).findByRole('option', { name: 'September 2026' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'October 2026 (latest)',
      'September 2026',
      'August 2026',
      'July 2026',
    ]);

    fireEvent.change(picker, { target: { value: '2026-09' } });

    expect(screen.getByTestId('query')).toHaveTextContent('?month=2026-09');
    // The chart of the latest month stays up until the chosen month's answer arrives.
    await waitFor(() =>
      expect(screen.getByRole('img', { name: '1. Safe, inclusive and trusting environment: monthly mean score' })).toHaveAccessibleDescription(/July 2026 to September 2026\./),
    );
  });

  it('says when there are no responses yet', async () => {
    renderPage([scoresMock({}, data(seriesList({ empty: true })))]);
    expect(await screen.findByRole('heading', { name: 'No survey responses yet' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says when the scores cannot be loaded', async () => {
    renderPage([scoresMock({ roleGroup: 'CLINICAL' }, 'error')], '/scores?roleGroup=CLINICAL');
    expect(await screen.findByText('The practice scores could not be loaded. Try again.')).toBeInTheDocument();
    expect(screen.getByLabelText('Role group')).toHaveValue('CLINICAL');
  });
});
