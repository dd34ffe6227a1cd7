import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { VERDICT_RULE_TEXT, VERDICT_RULES } from '@stewardship/evidence';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { AttachClaimDocumentDocument, ClaimDocument, ProposedEvidenceDocument, ReviewClaimDocument, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { ClaimPage } from './ClaimPage';

const reading = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'ClaimEvidenceReading',
  agrees: false,
  expected: 'higher',
  movement: 'lower',
  meanBefore: 0.6,
  meanDuring: 0.42,
  lowerLimit: 0.5,
  upperLimit: 0.7,
  pointsBefore: 6,
  pointsDuring: 3,
  reason: 'The inclusion ratio fell below its lower limit in the claim’s period: a signal against the claim.',
  signal: true,
  signalDates: ['2026-03-01'],
  suppressedPoints: 0,
  weighed: true,
  points: [
    ...['2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'].map((date) => ({ __typename: 'ClaimEvidencePoint', date, inClaimPeriod: false, value: 0.6 })),
    { __typename: 'ClaimEvidencePoint', date: '2026-01-01', inClaimPeriod: true, value: 0.5 },
    { __typename: 'ClaimEvidencePoint', date: '2026-02-01', inClaimPeriod: true, value: 0.45 },
    { __typename: 'ClaimEvidencePoint', date: '2026-03-01', inClaimPeriod: true, value: 0.3 },
  ],
  ...overrides,
});

const verdict = (id: string, fields: Record<string, unknown>) => ({
  __typename: 'ClaimVerdict',
  id,
  accepted: true,
  verdict: 'contradicted',
  suggestedVerdict: 'contradicted',
  suggestedRule: VERDICT_RULE_TEXT.againstOnly,
  reason: null,
  reviewer: 'Nadia Okafor',
  reviewedAt: '2026-04-02T10:00:00Z',
  dataThrough: '2026-03-01',
  ...fields,
});

function claimFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Claim',
    id: 'claim-1',
    text: 'Power is now shared fairly across the system.',
    sourceTitle: 'ICB board paper, March 2026',
    sourceUrl: 'https://example.org/board-paper.pdf',
    sourcePage: '12',
    madeByRole: 'Chief executive',
    madeOn: '2026-03-12',
    from: '2026-01-01',
    to: '2026-03-31',
    direction: 'fair',
    directionMeaning: 'Power or say is shared fairly.',
    practices: ['SHARING_POWER'],
    status: 'AWAITING',
    evidenceChangedSinceReview: false,
    mayLinkEvidence: true,
    mayReview: true,
    recordedAt: '2026-03-20T09:00:00Z',
    recordedByName: 'Board secretary',
    madeBy: { __typename: 'Organisation', id: 'icb', name: 'NHS Northshire ICB' },
    place: null,
    partners: [],
    periodBefore: { __typename: 'ClaimPeriod', from: '2025-07-01', to: '2025-12-31' },
    evidenceSummary: {
      __typename: 'ClaimEvidenceSummary',
      dataThrough: '2026-03-01',
      rule: VERDICT_RULE_TEXT.againstOnly,
      ruleKey: 'againstOnly',
      suggestedVerdict: 'contradicted',
      items: [
        {
          __typename: 'ClaimEvidenceSummaryItem',
          evidence: {
            __typename: 'ClaimEvidence',
            id: 'e1',
            kind: 'POWER_INDICATOR',
            title: 'Inclusion ratio, whole system',
            note: 'Who has a say',
            documentUrl: null,
            decisionId: null,
            linkedAt: '2026-03-21T09:00:00Z',
            linkedByName: 'Board secretary',
          },
          reading: reading(),
        },
      ],
    },
    latestVerdict: null,
    verdicts: [],
    documents: [],
    ...overrides,
  };
}

const claimMock = (claim: Record<string, unknown>): MockLink.MockedResponse => ({
  request: { query: ClaimDocument, variables: { id: 'claim-1' } },
  result: { data: { claim } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const proposedMock: MockLink.MockedResponse = {
  request: { query: ProposedEvidenceDocument, variables: { claimId: 'claim-1' } },
  result: {
    data: {
      proposedEvidence: [
        {
          __typename: 'ProposedClaimEvidence',
          kind: 'PRACTICE_SCORE',
          title: 'Sharing power, whole system',
          why: 'The claim concerns sharing power.',
          decisionId: null,
          networkMeasure: null,
          organisationId: null,
          placeId: null,
          powerFigure: null,
          practice: 'SHARING_POWER',
          reading: reading({ agrees: null, signal: false, signalDates: [], reason: 'Too few values in the period before.', pointsBefore: 2, points: [] }),
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderClaim(mocks: MockLink.MockedResponse[], role: Role = 'NON_EXECUTIVE') {
  return render(
    <MockedProvider mocks={[placesMock, proposedMock, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={['/claims/claim-1']}>
        <SignedInViewerContext.Provider value={viewerFixture(role, null)}>
          <Routes>
            <Route path="/claims/:id" element={<ClaimPage />} />
          </Routes>
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ClaimPage', () => {
  it('shows the claim as made, the suggested verdict with the rule that produced it, and every rule in order', async () => {
    renderClaim([claimMock(claimFixture())]);
    expect(await screen.findByRole('heading', { level: 1, name: /Power is now shared fairly across the system/ })).toBeInTheDocument();
    expect(screen.getByText('NHS Northshire ICB, Chief executive')).toBeInTheDocument();
    expect(screen.getByText(/1 July 2025 to 31 December 2025/)).toBeInTheDocument();
    expect(screen.getByTestId('suggested-verdict')).toHaveTextContent('Contradicted');
    expect(screen.getByTestId('suggested-rule')).toHaveTextContent(VERDICT_RULE_TEXT.againstOnly);
    const rules = within(screen.getByRole('list', { name: 'Verdict rules, in the order they are tried' })).getAllByRole('listitem');
    expect(rules).toHaveLength(VERDICT_RULES.length);
    expect(rules.findIndex((rule) => rule.getAttribute('aria-current') === 'true')).toBe(VERDICT_RULES.findIndex((rule) => rule.key === 'againstOnly'));
  });

  it('summarises each linked figure: means in the two periods, signal or noise, whether it agrees, why, and its chart with a data table', async () => {
    renderClaim([claimMock(claimFixture())]);
    const card = await screen.findByRole('region', { name: 'Inclusion ratio, whole system' });
    expect(card).toHaveTextContent('The period before0.6 (mean of 6)');
    expect(card).toHaveTextContent('The claim’s period0.42 (mean of 3)');
    expect(card).toHaveTextContent('Signal (special cause), lower');
    expect(card).toHaveTextContent('Disagrees');
    expect(card).toHaveTextContent('fell below its lower limit');
    expect(within(card).getByRole('img', { name: /Inclusion ratio, whole system: the period before and the claim’s period/ })).toBeInTheDocument();
    const table = within(card).getByRole('region', { name: 'Inclusion ratio, whole system: values in the two periods' });
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    expect(within(table).getByRole('row', { name: /March 2026/ })).toHaveTextContent('Signal (special cause)');
  });

  it('proposes evidence with what it would say and a Link button', async () => {
    renderClaim([claimMock(claimFixture())]);
    const proposal = await screen.findByRole('region', { name: 'Sharing power, whole system' });
    expect(proposal).toHaveTextContent('Cannot be judged');
    expect(proposal).toHaveTextContent('Too few values in the period before.');
    expect(within(proposal).getByRole('button', { name: 'Link Sharing power, whole system' })).toBeInTheDocument();
    expect(within(proposal).getByLabelText('Note (optional)')).toBeInTheDocument();
  });

  it('shows the API’s error against the reason when a reviewer overrides without one', async () => {
    renderClaim([
      claimMock(claimFixture()),
      {
        request: { query: ReviewClaimDocument, variables: { claimId: 'claim-1', accept: false, verdict: 'partlySupported', reason: null } },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'reason', message: 'Give the reason for overriding the suggested verdict' }] },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByLabelText('Override it with another verdict'));
    fireEvent.click(screen.getByLabelText('Partly supported'));
    fireEvent.click(screen.getByRole('button', { name: 'Give verdict' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Give the reason for overriding the suggested verdict' })).toHaveAttribute('href', '#reason');
    expect(screen.getByLabelText('Why are you overriding it?')).toHaveAccessibleDescription(expect.stringContaining('Give the reason for overriding the suggested verdict'));
  });

  it('adds an override with its reason to the verdict history', async () => {
    const overridden = verdict('v2', { accepted: false, verdict: 'partlySupported', reason: 'The figures predate the new forum' });
    renderClaim([
      claimMock(claimFixture()),
      {
        request: { query: ReviewClaimDocument, variables: { claimId: 'claim-1', accept: false, verdict: 'partlySupported', reason: 'The figures predate the new forum' } },
        result: { data: { reviewClaim: claimFixture({ status: 'REVIEWED', latestVerdict: overridden, verdicts: [overridden] }) } },
      },
    ]);
    expect(await screen.findByText('No verdict yet: the claim is awaiting review.')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Override it with another verdict'));
    fireEvent.click(screen.getByLabelText('Partly supported'));
    fireEvent.change(screen.getByLabelText('Why are you overriding it?'), { target: { value: 'The figures predate the new forum' } });
    fireEvent.click(screen.getByRole('button', { name: 'Give verdict' }));

    expect(await screen.findByText('Your verdict, partly supported, is added to the history.')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Every verdict given, the first first' });
    const row = within(history).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Nadia Okafor');
    expect(row).toHaveTextContent('Partly supported (overrode the suggestion)');
    expect(row).toHaveTextContent('Contradicted');
    expect(row).toHaveTextContent('The figures predate the new forum');
  });

  it('warns when the evidence changed since the review, and lists the verdicts in order', async () => {
    const first = verdict('v1', {});
    const second = verdict('v2', { accepted: false, verdict: 'supported', reason: 'Second look', reviewedAt: '2026-05-01T10:00:00Z' });
    renderClaim([claimMock(claimFixture({ status: 'CHANGED', evidenceChangedSinceReview: true, latestVerdict: second, verdicts: [first, second] }))]);
    expect(await screen.findByRole('region', { name: 'Important: Evidence changed since review' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Every verdict given, the first first' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining('2 April 2026'), expect.stringContaining('1 May 2026')]);
  });

  it('offers no review form, linking or upload to a viewer', async () => {
    renderClaim([claimMock(claimFixture({ mayReview: false, mayLinkEvidence: false }))], 'VIEWER');
    await screen.findByTestId('suggested-verdict');
    expect(screen.queryByRole('button', { name: 'Give verdict' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Link evidence' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Attach a document')).not.toBeInTheDocument();
  });

  describe('documents', () => {
    const attach = (file: File) => {
      fireEvent.change(screen.getByLabelText('Attach a document'), { target: { files: [file] } });
      fireEvent.click(screen.getByRole('button', { name: 'Attach document' }));
    };

    it('lists attached documents as downloads', async () => {
      const document = {
        __typename: 'ClaimDocument',
        id: 'doc-1',
        claimId: 'claim-1',
        fileName: 'board-paper.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 2 * 1024 * 1024,
        downloadPath: '/downloads/claim-documents/doc-1',
        uploadedAt: '2026-03-22T09:00:00Z',
        uploadedByName: 'Board secretary',
      };
      renderClaim([claimMock(claimFixture({ documents: [document] }))]);
      const link = await screen.findByRole('link', { name: 'board-paper.pdf' });
      expect(link).toHaveAttribute('href', '/downloads/claim-documents/doc-1');
      expect(link.closest('li')).toHaveTextContent('2 MB');
    });

    it('refuses a file of the wrong type before sending it', async () => {
      renderClaim([claimMock(claimFixture())]);
      await screen.findByLabelText('Attach a document');
      attach(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      expect(await screen.findByText('The file must be a PDF, Word (.docx), Excel (.xlsx) or PowerPoint (.pptx) document')).toBeInTheDocument();
      expect(screen.getByLabelText('Attach a document')).toHaveAccessibleDescription(expect.stringContaining('must be a PDF'));
    });

    it('refuses a file over 10 MB before sending it', async () => {
      renderClaim([claimMock(claimFixture())]);
      await screen.findByLabelText('Attach a document');
      const big = new File(['x'], 'board-paper.pdf', { type: 'application/pdf' });
      Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
      attach(big);
      expect(await screen.findByText('The file must be 10 MB or smaller')).toBeInTheDocument();
    });

    it('shows what the API finds wrong with the content', async () => {
      const content = '%PDF-1.4 no end';
      renderClaim([
        claimMock(claimFixture()),
        {
          request: { query: AttachClaimDocumentDocument, variables: { input: { claimId: 'claim-1', fileName: 'paper.pdf', contentBase64: btoa(content) } } },
          result: {
            errors: [
              new GraphQLError('Invalid input', {
                extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'contentBase64', message: 'The PDF is incomplete (it has no end-of-file marker): upload it again' }] },
              }),
            ],
          },
        },
      ]);
      await screen.findByLabelText('Attach a document');
      const file = new File([content], 'paper.pdf', { type: 'application/pdf' });
      // jsdom's File has no arrayBuffer in every version: give it one.
      Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode(content).buffer });
      attach(file);
      await waitFor(() => expect(screen.getByText('The PDF is incomplete (it has no end-of-file marker): upload it again')).toBeInTheDocument());
    });
  });
});
