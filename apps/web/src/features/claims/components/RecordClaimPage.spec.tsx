import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { OrganisationOptionsDocument, RecordClaimDocument, type Role } from '../../../generated/graphql';
import { placesMock, viewerFixture } from '../../../shared/testing/fixtures';
import { RecordClaimPage } from './RecordClaimPage';

const organisationsMock: MockLink.MockedResponse = {
  request: { query: OrganisationOptionsDocument, variables: { includeArchived: false } },
  result: {
    data: {
      organisations: {
        __typename: 'OrganisationConnection',
        totalCount: 2,
        edges: [
          { __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: 'icb', name: 'NHS Northshire ICB' } },
          { __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: 'vcs', name: 'Northshire VCS Alliance' } },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const INPUT = {
  text: 'Relationships with the VCSE sector have improved this year.',
  sourceTitle: 'ICB board paper, March 2026',
  sourceUrl: 'ftp://example.org/paper.pdf',
  sourcePage: null,
  madeById: 'icb',
  madeByRole: 'Chief executive',
  madeOn: '2026-03-12',
  from: '2025-04-01',
  to: '2026-03-31',
  practices: ['HEALTHY_RELATIONSHIPS'],
  direction: 'improved',
  placeId: null,
  partnerIds: ['vcs'],
};

function renderForm(mocks: MockLink.MockedResponse[], role: Role = 'NON_EXECUTIVE') {
  return render(
    <MockedProvider mocks={[placesMock, organisationsMock, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={['/claims/new']}>
        <SignedInViewerContext.Provider value={viewerFixture(role, null)}>
          <Routes>
            <Route path="/claims/new" element={<RecordClaimPage />} />
            <Route path="/claims/:id" element={<p>Claim page</p>} />
          </Routes>
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

function fillDate(legend: string, day: string, month: string, year: string) {
  const group = screen.getByRole('group', { name: new RegExp(legend) });
  fireEvent.change(within(group).getByLabelText('Day'), { target: { value: day } });
  fireEvent.change(within(group).getByLabelText('Month'), { target: { value: month } });
  fireEvent.change(within(group).getByLabelText('Year'), { target: { value: year } });
}

async function fillForm() {
  await screen.findAllByRole('option', { name: 'Northshire VCS Alliance' });
  fireEvent.change(screen.getByLabelText('The claim'), { target: { value: INPUT.text } });
  fireEvent.change(screen.getByLabelText('Document it was made in'), { target: { value: INPUT.sourceTitle } });
  fireEvent.change(screen.getByLabelText('Web address of the document (optional)'), { target: { value: INPUT.sourceUrl } });
  fireEvent.change(screen.getByLabelText('Made by'), { target: { value: 'icb' } });
  fireEvent.change(screen.getByLabelText('Role of whoever made it'), { target: { value: INPUT.madeByRole } });
  fillDate('Day it was made', '12', '3', '2026');
  fillDate('First day of the period', '1', '4', '2025');
  fillDate('Last day of the period', '31', '3', '2026');
  fireEvent.click(screen.getByLabelText('Healthy relationships'));
  fireEvent.click(screen.getByLabelText('Improved'));
  fireEvent.change(screen.getByLabelText('Partners it names (optional)'), { target: { value: 'vcs' } });
}

describe('RecordClaimPage', () => {
  it('lists what is missing at the top and beside each field, before sending anything', async () => {
    renderForm([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Record claim' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the claim' })).toHaveAttribute('href', '#text');
    expect(within(summary).getByRole('link', { name: 'Enter the first day of the period it speaks of' })).toHaveAttribute('href', '#from-day');
    expect(within(summary).getByRole('link', { name: 'Select what the claim asserts' })).toBeInTheDocument();
  });

  it('shows the API’s field errors beside their fields and in the summary', async () => {
    renderForm([
      {
        request: { query: RecordClaimDocument, variables: { input: INPUT } },
        result: {
          errors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'sourceUrl', message: 'Enter a web address starting https:// or http://' }] } })],
        },
      },
    ]);
    await fillForm();
    expect(screen.getByRole('list', { name: 'Partners it names' })).toHaveTextContent('Northshire VCS Alliance');
    fireEvent.click(screen.getByRole('button', { name: 'Record claim' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a web address starting https:// or http://' })).toHaveAttribute('href', '#sourceUrl');
    expect(screen.getByLabelText('Web address of the document (optional)')).toHaveAccessibleDescription(expect.stringContaining('Enter a web address starting https:// or http://'));
  });

  it('opens the new claim once it is recorded', async () => {
    renderForm([{ request: { query: RecordClaimDocument, variables: { input: { ...INPUT, sourceUrl: 'https://example.org/paper.pdf' } } }, result: { data: { recordClaim: { __typename: 'Claim', id: 'c9' } } } }]);
    await fillForm();
    fireEvent.change(screen.getByLabelText('Web address of the document (optional)'), { target: { value: 'https://example.org/paper.pdf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record claim' }));
    expect(await screen.findByText('Claim page')).toBeInTheDocument();
  });

  it('is refused to viewers', () => {
    renderForm([], 'VIEWER');
    expect(screen.getByRole('heading', { name: 'You do not have permission to record claims' })).toBeInTheDocument();
  });
});
