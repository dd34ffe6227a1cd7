import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import {
  OpenSurveyRoundDocument,
  ReissueInvitationDocument,
  InviteeOrganisationsDocument,
  PlacesDocument,
  SurveyInviteeIdsDocument,
  SurveyInviteesDocument,
  SurveyRoundDocument,
  SurveyRoundsDocument,
  type Role,
} from '../../../generated/graphql';
import { viewerFixture } from '../../../shared/testing/fixtures';
import { todayInUk } from '../../../shared/utils/format-dates';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { OpenSurveyRoundPage } from './OpenSurveyRoundPage';
import { SurveyRoundListPage } from './SurveyRoundListPage';
import { SurveyRoundPage } from './SurveyRoundPage';

const round = {
  __typename: 'SurveyRound',
  id: 'r1',
  month: '2026-10',
  // The start of 1 October and the end of 21 October in British Summer Time.
  opensAt: '2026-09-30T23:00:00Z',
  closesAt: '2026-10-21T22:59:59Z',
  status: 'CLOSED',
  invitationCount: 2,
  responseCount: 1,
};

const roundsMock: MockLink.MockedResponse = {
  request: { query: SurveyRoundsDocument },
  result: { data: { surveyRounds: [round] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function person(id: string, name: string, organisation: string) {
  return {
    __typename: 'Person',
    id,
    name,
    email: `${id}@example.nhs.uk`,
    roleGroup: 'EXECUTIVE',
    organisation: { __typename: 'Organisation', id: `org-${organisation}`, name: organisation },
  };
}

const PEOPLE = [person('p1', 'Ada Okafor', 'Ashby Borough Council'), person('p2', 'Ben Shah', 'Northshire Hospice'), person('p3', 'Cara Lee', 'Northshire Hospice')];

function peoplePage(people: typeof PEOPLE, filter: Record<string, string>): MockLink.MockedResponse {
  return {
    request: { query: SurveyInviteesDocument, variables: { filter } },
    result: {
      data: {
        people: {
          __typename: 'PersonConnection',
          totalCount: people.length,
          edges: people.map(({ email: _, ...node }) => ({ __typename: 'PersonEdge', cursor: node.id, node })),
          pageInfo: { __typename: 'PageInfo', endCursor: people.at(-1)?.id ?? null, hasNextPage: false },
        },
      },
    },
  };
}

const ASHBY = 'place-ashby';

/** The picker's other questions: the places and partners its filters offer. */
const pickerOptionMocks: MockLink.MockedResponse[] = [
  { request: { query: PlacesDocument }, result: { data: { places: [{ __typename: 'Place', id: ASHBY, name: 'Ashby' }] } } },
  ...[null, ASHBY].map((placeId) => ({
    request: { query: InviteeOrganisationsDocument, variables: { placeId, sector: null } },
    result: {
      data: {
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount: 1,
          edges: [{ __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: 'org-Northshire Hospice', name: 'Northshire Hospice' } }],
        },
      },
    },
  })),
];

function renderAt(path: string, mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <SignedInViewerContext.Provider value={viewerFixture(role)}>
          <Routes>
            <Route path="/survey-rounds" element={<SurveyRoundListPage />} />
            <Route path="/survey-rounds/new" element={<OpenSurveyRoundPage />} />
            <Route path="/survey-rounds/:id" element={<SurveyRoundPage />} />
          </Routes>
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('survey rounds', () => {
  it('lists rounds with status and responses for everyone, and offers only admins a new one', async () => {
    renderAt('/survey-rounds', [roundsMock], 'VIEWER');
    const table = await screen.findByRole('table', { name: 'Survey rounds, newest first' });
    expect(within(table).getByRole('link', { name: 'October 2026' })).toHaveAttribute('href', '/survey-rounds/r1');
    expect(table).toHaveTextContent('Closed');
    expect(table).toHaveTextContent('1 of 2 invited responded');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/1 October 2026\s*Closes\s*21 October 2026/);
    expect(screen.queryByRole('link', { name: 'Open a survey round' })).not.toBeInTheDocument();
  });

  it('opens a round for the people chosen, one by one and all that match a filter, then shows each link once with a CSV download', async () => {
    const month = todayInUk().slice(0, 7);
    renderAt('/survey-rounds/new', [
      roundsMock,
      ...pickerOptionMocks,
      peoplePage(PEOPLE, {}),
      peoplePage(PEOPLE.slice(1), { placeId: ASHBY }),
      {
        request: { query: SurveyInviteeIdsDocument, variables: { filter: { placeId: ASHBY } } },
        result: { data: { people: { __typename: 'PersonConnection', totalCount: 2, matchingIds: ['p2', 'p3'] } } },
      },
      {
        request: {
          query: OpenSurveyRoundDocument,
          variables: (variables: Record<string, unknown>) => {
            const input = variables['input'] as { month: string; personIds: string[] };
            return input.month === '2026-12' && input.personIds.join() === 'p1,p2,p3';
          },
        },
        result: {
          data: {
            openSurveyRound: {
              __typename: 'OpenedSurveyRound',
              round: { ...round, id: 'r2', month: '2026-12', status: 'OPEN', invitationCount: 3, responseCount: 0 },
              links: PEOPLE.map((p) => ({
                __typename: 'InvitationLink',
                url: `https://stewardship.example/survey/token-${p.id}`,
                invitation: { __typename: 'SurveyInvitation', id: `i-${p.id}`, submitted: false, person: p },
              })),
            },
          },
        },
      },
    ]);

    // The only round is October 2026: the month is the first from this one on without a round.
    expect(await screen.findByLabelText('Month surveyed')).toHaveValue(month === '2026-10' ? '2026-11' : month);
    await screen.findByText('Ada Okafor');
    expect(screen.getByText('3 people match the filters.')).toBeInTheDocument();
    expect(screen.getByText('0 people selected')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Open survey round' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Choose at least one person to invite' })).toHaveAttribute('href', '#invitee-place');

    fireEvent.change(screen.getByLabelText('Month surveyed'), { target: { value: '2026-12' } });
    fireEvent.click(screen.getByLabelText('Invite Ada Okafor'));
    expect(screen.getByText('1 person selected')).toBeInTheDocument();

    // Ashby's partners do not include Ada's council; she stays chosen while the list shows Ashby's people.
    fireEvent.change(screen.getByLabelText('Place'), { target: { value: ASHBY } });
    expect(await screen.findByText('2 people match the filters.')).toBeInTheDocument();
    expect(screen.queryByText('Ada Okafor')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Select all 2 that match' }));
    expect(await screen.findByText('3 people selected')).toBeInTheDocument();
    expect(screen.getByLabelText('Invite Cara Lee')).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Open survey round' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Survey links for December 2026' })).toHaveFocus();
    const links = screen.getByRole('table', { name: 'Survey links' });
    expect(within(links).getAllByRole('row')).toHaveLength(4);
    expect(links).toHaveTextContent('https://stewardship.example/survey/token-p2');
    expect(within(links).getByRole('button', { name: 'Copy link for Ben Shah' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download links as CSV' })).toBeInTheDocument();
  });

  it('clears the selection on request', async () => {
    renderAt('/survey-rounds/new', [roundsMock, ...pickerOptionMocks, peoplePage(PEOPLE, {})]);
    fireEvent.click(await screen.findByLabelText('Invite Ben Shah'));
    fireEvent.click(screen.getByLabelText('Invite Cara Lee'));
    expect(screen.getByText('2 people selected')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByText('0 people selected')).toBeInTheDocument();
    expect(screen.getByLabelText('Invite Ben Shah')).not.toBeChecked();
  });

  it('tells others they may not open a round', async () => {
    renderAt('/survey-rounds/new', [], 'LEADER');
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to open survey rounds' })).toBeInTheDocument();
  });

  it('shows an admin who was invited and whether they answered, and reissues a link', async () => {
    const open = { ...round, status: 'OPEN' };
    const invitations = PEOPLE.slice(0, 2).map((p, i) => ({ __typename: 'SurveyInvitation', id: `i-${p.id}`, submitted: i === 0, person: p }));
    renderAt('/survey-rounds/r1', [
      { request: { query: SurveyRoundDocument, variables: { id: 'r1', withInvitations: true } }, result: { data: { surveyRound: { ...open, invitations } } } },
      {
        request: { query: ReissueInvitationDocument, variables: { id: 'i-p2' } },
        result: { data: { reissueInvitation: { __typename: 'InvitationLink', url: 'https://stewardship.example/survey/new-token', invitation: invitations[1] } } },
      },
    ]);

    const table = await screen.findByRole('table', { name: 'People invited' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ada Okafor');
    expect(rows[1]).toHaveTextContent('Yes');
    expect(within(rows[1]).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close round' })).toBeInTheDocument();

    fireEvent.click(within(rows[2]).getByRole('button', { name: 'Reissue link for Ben Shah' }));

    expect(await screen.findByText('https://stewardship.example/survey/new-token')).toBeInTheDocument();
    expect(screen.getByText('Their old link no longer works. This link is shown only now.')).toBeInTheDocument();
  });

  it('shows others the round without who was invited', async () => {
    renderAt('/survey-rounds/r1', [{ request: { query: SurveyRoundDocument, variables: { id: 'r1', withInvitations: false } }, result: { data: { surveyRound: round } } }], 'LEADER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Survey round: October 2026' })).toBeInTheDocument();
    expect(screen.getByText('Only system administrators can see who was invited.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close round' })).not.toBeInTheDocument();
  });

  it('words a round whose responses were loaded without invitations truthfully', async () => {
    const loaded = { ...round, invitationCount: 0, responseCount: 161 };
    renderAt('/survey-rounds/r1', [{ request: { query: SurveyRoundDocument, variables: { id: 'r1', withInvitations: true } }, result: { data: { surveyRound: { ...loaded, invitations: [] } } } }]);
    expect(await screen.findByText('161 responses')).toBeInTheDocument();
    expect(screen.getByText('Start of 1 October 2026')).toBeInTheDocument();
    expect(screen.getByText('End of 21 October 2026')).toBeInTheDocument();
    expect(screen.getByText(/Nobody was invited to this round through Stewardship: its responses were loaded/)).toBeInTheDocument();
    expect(screen.queryByText(/of 0/)).not.toBeInTheDocument();
  });
});
