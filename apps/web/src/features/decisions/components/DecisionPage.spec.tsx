import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { DecisionDocument, type DecisionVersionFieldsFragment } from '../../../generated/graphql';
import { DecisionPage } from './DecisionPage';

const participation = { affected: true, present: true, consulted: false, vote: true, dissented: false, deputy: false, delegatedAuthority: false };

function version(number: number, overrides: Partial<DecisionVersionFieldsFragment> = {}): DecisionVersionFieldsFragment {
  return {
    __typename: 'DecisionVersion',
    id: `v${number}`,
    version: number,
    date: '2026-03-12',
    title: 'Joint discharge team',
    summary: 'Partners agreed to fund a joint discharge team.',
    outcome: 'DEFERRED',
    outsideForum: false,
    conflictSurfaced: true,
    practices: ['SHARED_DECISIONS'],
    author: 'Ada Admin',
    createdAt: '2026-03-13T09:30:00Z',
    reason: null,
    forum: { __typename: 'Forum', id: 'f1', name: 'North Place Board' },
    proposer: { __typename: 'Organisation', id: 'o1', name: 'Northshire Hospital' },
    reopens: { __typename: 'Decision', id: 'd0', current: { __typename: 'DecisionVersion', id: 'v0', date: '2025-11-02', title: 'Falls service' } },
    evidence: [{ __typename: 'EvidenceLink', url: 'https://example.nhs.uk/minutes.pdf', title: 'Minutes, March 2026' }],
    participants: [
      { __typename: 'DecisionParticipant', organisation: { __typename: 'Organisation', id: 'o1', name: 'Northshire Hospital' }, ...participation },
      { __typename: 'DecisionParticipant', organisation: { __typename: 'Organisation', id: 'o2', name: 'Northshire Carers' }, ...participation, present: false, vote: false, consulted: true },
    ],
    ...overrides,
  } as DecisionVersionFieldsFragment;
}

const original = version(1);
// British Summer Time: 09:05 UTC on 1 April is 10:05 in the UK.
const amendment = version(2, { outcome: 'AGREED', author: 'Lee Leader', createdAt: '2026-04-01T09:05:00Z', reason: 'The minutes were corrected: the board agreed it.' });

function decisionMock(mayAmend: boolean, versions = [original, amendment]): MockLink.MockedResponse {
  const changes = (v: DecisionVersionFieldsFragment) =>
    v.version === 1 ? [] : [{ __typename: 'DecisionChange', field: 'Outcome', before: 'Deferred', after: 'Agreed' }];
  return {
    request: { query: DecisionDocument, variables: { id: 'd1' } },
    result: {
      data: {
        decision: {
          __typename: 'Decision',
          id: 'd1',
          recordedAt: original.createdAt,
          mayAmend,
          current: versions[versions.length - 1],
          versions: versions.map((v) => ({ ...v, changes: changes(v) })),
          reopenedBy: [{ __typename: 'Decision', id: 'd9', current: { __typename: 'DecisionVersion', id: 'v9', date: '2026-05-20', title: 'Discharge team again' } }],
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], path = '/decisions/d1') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/decisions/:id" element={<DecisionPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const summaryValue = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('DecisionPage', () => {
  it('shows the decision as it stands, with every field and how each organisation took part', async () => {
    renderPage([decisionMock(true)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Joint discharge team' })).toBeInTheDocument();
    expect(document.title).toBe('Joint discharge team – Stewardship');
    expect(summaryValue('Outcome')).toHaveTextContent('Agreed');
    expect(summaryValue('Date')).toHaveTextContent('12 March 2026');
    expect(summaryValue('Conflict surfaced')).toHaveTextContent('Yes');
    expect(summaryValue('Taken outside the forum')).toHaveTextContent('No');
    expect(within(summaryValue('Forum')).getByRole('link', { name: 'North Place Board' })).toHaveAttribute('href', '/forums/f1');
    expect(within(summaryValue('Reopens')).getByRole('link', { name: 'Falls service (2 November 2025)' })).toHaveAttribute('href', '/decisions/d0');
    expect(within(summaryValue('Reopened by')).getByRole('link', { name: 'Discharge team again (20 May 2026)' })).toHaveAttribute('href', '/decisions/d9');
    expect(summaryValue('Practices')).toHaveTextContent('Shared decision-making');

    const evidence = within(summaryValue('Evidence')).getByRole('link', { name: 'Minutes, March 2026 (opens in a new tab)' });
    expect(evidence).toHaveAttribute('href', 'https://example.nhs.uk/minutes.pdf');
    expect(evidence).toHaveAttribute('target', '_blank');
    expect(evidence).toHaveAttribute('rel', 'noopener noreferrer');

    const participants = screen.getByRole('table', { name: 'How each organisation took part' });
    const carers = within(participants).getByRole('row', { name: /Northshire Carers/ });
    expect(within(carers).getAllByRole('cell').map((cell) => cell.lastChild?.textContent)).toEqual(['Northshire Carers', 'Yes', 'No', 'Yes', 'No', 'No', 'No', 'No']);

    expect(screen.getByRole('link', { name: 'Amend this decision' })).toHaveAttribute('href', '/decisions/d1/amend');
  });

  it('says how often it was amended, lists each amendment with who, when, why and what changed, and shows the original on request', async () => {
    renderPage([decisionMock(false)]);

    await screen.findByRole('heading', { level: 1, name: 'Joint discharge team' });
    expect(screen.getByText('Amended 1 time.')).toBeInTheDocument();
    const amendmentHeading = screen.getByRole('heading', { level: 3, name: 'Amendment 1: 1 April 2026 at 10:05 by Lee Leader' });
    const amendmentSection = amendmentHeading.closest('section') as HTMLElement;
    expect(amendmentSection).toHaveTextContent('Why: The minutes were corrected: the board agreed it.');
    const changes = within(amendmentSection).getByRole('table', { name: 'What amendment 1 changed' });
    expect(within(changes).getAllByRole('cell').map((cell) => cell.lastChild?.textContent)).toEqual(['Outcome', 'Deferred', 'Agreed']);
    expect(screen.getByText('Recorded on 13 March 2026 at 09:30 by Ada Admin.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Amend this decision' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('link', { name: 'See the original as recorded' }));

    expect(await screen.findByText('The original, as recorded')).toBeInTheDocument();
    expect(summaryValue('Outcome')).toHaveTextContent('Deferred');
    expect(summaryValue('Recorded')).toHaveTextContent('13 March 2026 at 09:30 by Ada Admin');
    expect(screen.queryByText('Reopened by', { selector: 'dt' })).not.toBeInTheDocument();
    expect(document.title).toBe('Joint discharge team (original) – Stewardship');

    fireEvent.click(screen.getByRole('link', { name: 'See the decision as it stands' }));
    expect(await screen.findByText('Amended 1 time.')).toBeInTheDocument();
    expect(summaryValue('Outcome')).toHaveTextContent('Agreed');
  });

  it('offers no original for a decision never amended', async () => {
    renderPage([decisionMock(true, [original])]);
    await screen.findByRole('heading', { level: 1, name: 'Joint discharge team' });
    expect(screen.getByText('It has not been amended.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See the original as recorded' })).not.toBeInTheDocument();
  });

  it('says when there is no such decision', async () => {
    renderPage([{ request: { query: DecisionDocument, variables: { id: 'd1' } }, result: { data: { decision: null } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Decision not found' })).toBeInTheDocument();
  });
});
