import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import {
  AmendDecisionDocument,
  ForumOptionsDocument,
  OrganisationOptionsDocument,
  RecordDecisionDocument,
  ReopenableDecisionsDocument,
  type Role,
} from '../../../generated/graphql';
import { viewerFixture } from '../../../shared/testing/fixtures';
import { EMPTY_DECISION_FORM, NO_PARTICIPATION, type DecisionFormValues } from '../utils/decision-form';
import { DecisionForm } from './DecisionForm';

const pickerMocks: MockLink.MockedResponse[] = [
  {
    request: { query: ForumOptionsDocument, variables: { includeArchived: false } },
    result: {
      data: {
        forums: [
          { __typename: 'Forum', id: 'f1', name: 'North Place Board', archived: false, place: { __typename: 'Place', id: 'p1' } },
          { __typename: 'Forum', id: 'f2', name: 'South Place Board', archived: false, place: { __typename: 'Place', id: 'p2' } },
          { __typename: 'Forum', id: 'f3', name: 'ICB Board', archived: false, place: null },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: OrganisationOptionsDocument, variables: { includeArchived: false } },
    result: {
      data: {
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount: 2,
          edges: [
            { __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: 'o1', name: 'Northshire Carers' } },
            { __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: 'o2', name: 'Northshire Hospital' } },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ReopenableDecisionsDocument, variables: () => true },
    result: { data: { decisions: { __typename: 'DecisionConnection', totalCount: 0, edges: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const recorded: DecisionFormValues = {
  ...EMPTY_DECISION_FORM,
  forumId: 'f1',
  date: { day: '12', month: '3', year: '2026' },
  title: 'Joint discharge team',
  summary: 'Partners agreed to fund it.',
  outcome: 'DEFERRED',
  evidence: [{ url: 'https://example.nhs.uk/minutes.pdf', title: 'Minutes' }],
  participants: [
    { organisationId: 'o1', name: 'Northshire Carers', ...NO_PARTICIPATION, consulted: true },
    { organisationId: 'o2', name: 'Northshire Hospital', ...NO_PARTICIPATION, affected: true, present: true },
  ],
};

const participantInput = (p: DecisionFormValues['participants'][number]) => {
  const { name: _name, ...input } = p;
  return input;
};

const recordedInput = {
  forumId: 'f1',
  date: '2026-03-12',
  title: 'Joint discharge team',
  summary: 'Partners agreed to fund it.',
  proposerId: null,
  outcome: 'DEFERRED',
  outsideForum: false,
  conflictSurfaced: false,
  reopensId: null,
  practices: [],
  evidence: [{ url: 'https://example.nhs.uk/minutes.pdf', title: 'Minutes' }],
  participants: recorded.participants.map(participantInput),
};

function LocationProbe() {
  return <p data-testid="location">{useLocation().pathname}</p>;
}

function renderForm(mocks: MockLink.MockedResponse[], { role = 'LEADER', initialValues = EMPTY_DECISION_FORM, amending }: { role?: Role; initialValues?: DecisionFormValues; amending?: boolean } = {}) {
  const viewer = viewerFixture(role, role === 'PLACE_LEAD' ? { id: 'p2', name: 'Northshire South' } : null);
  return render(
    <MockedProvider mocks={[...pickerMocks, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={['/form']}>
        <SignedInViewerContext.Provider value={viewer}>
          <Routes>
            <Route
              path="/form"
              element={
                <DecisionForm
                  heading={amending ? 'Amend Joint discharge team' : 'Record a decision'}
                  initialValues={initialValues}
                  amending={amending ? { id: 'd1', basedOnVersion: 2, forum: { id: 'f1', name: 'North Place Board' } } : undefined}
                  cancelTo="/decisions"
                />
              }
            />
            <Route path="*" element={<LocationProbe />} />
          </Routes>
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const summary = () => screen.getByRole('alert');

describe('DecisionForm', () => {
  it('lists what is missing at the top and beside each field, and sends nothing', async () => {
    const sent = jest.fn(() => ({ data: { recordDecision: { __typename: 'Decision', id: 'd9' } } }));
    renderForm([{ request: { query: RecordDecisionDocument, variables: () => true }, result: sent }]);

    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));

    const links = within(summary()).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Select the forum that took the decision', '#forumId'],
      ['Enter the date of the decision', '#date-day'],
      ['Enter the title', '#title'],
      ['Enter the summary', '#summary'],
      ['Select the outcome', '#outcome'],
    ]);
    expect(document.getElementById('title-error')).toHaveTextContent('Error: Enter the title');
    expect(screen.getByLabelText('Title')).toHaveClass('nhsuk-input--error');
    expect(document.title).toBe('Error: Record a decision – Stewardship');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(sent).not.toHaveBeenCalled();
  });

  it("offers a place lead only their own place's forums", async () => {
    renderForm([], { role: 'PLACE_LEAD' });
    const forum = screen.getByLabelText('Forum');
    expect(await within(forum).findByRole('option', { name: 'South Place Board' })).toBeInTheDocument();
    expect(within(forum).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a forum', 'South Place Board']);
  });

  it('adds organisations one row each, names them in the summary when a row is wrong, and removes rows', async () => {
    renderForm([]);
    const adding = screen.getByLabelText('Organisation to add');
    await within(adding).findByRole('option', { name: 'Northshire Carers' });
    fireEvent.change(adding, { target: { value: 'o1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add organisation' }));
    fireEvent.change(adding, { target: { value: 'o2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add organisation' }));
    expect(within(adding).getAllByRole('option')).toHaveLength(1);

    const hospital = screen.getByRole('group', { name: 'Northshire Hospital' });
    fireEvent.click(within(hospital).getByLabelText('Delegated authority'));
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));

    const message = 'Delegated authority is recorded for deputies only; untick it or tick deputy';
    expect(within(summary()).getByRole('link', { name: `Northshire Hospital: ${message}` })).toHaveAttribute('href', '#participants-1-affected');
    expect(within(hospital).getByText(message)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Remove Northshire Carers' }));
    expect(screen.queryByRole('group', { name: 'Northshire Carers' })).not.toBeInTheDocument();
    expect(within(screen.getByLabelText('Organisation to add')).getByRole('option', { name: 'Northshire Carers' })).toBeInTheDocument();
  });

  it("shows the API's field errors beside the rows they name, keeping everything typed", async () => {
    renderForm(
      [
        {
          request: { query: RecordDecisionDocument, variables: { input: recordedInput } },
          result: {
            errors: [
              {
                message: 'Invalid input',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldErrors: [
                    { field: 'participants.1.organisationId', message: 'The organisation is not one of your system' },
                    { field: 'forumId', message: "A place lead records and amends decisions of their own place's forums only" },
                  ],
                },
              },
            ],
          },
        },
      ],
      { initialValues: recorded },
    );
    await within(screen.getByLabelText('Forum')).findByRole('option', { name: 'North Place Board' });

    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));

    const links = await within(await screen.findByRole('alert')).findAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ["A place lead records and amends decisions of their own place's forums only", '#forumId'],
      ['Northshire Hospital: The organisation is not one of your system', '#participants-1-affected'],
    ]);
    expect(within(screen.getByRole('group', { name: 'Northshire Hospital' })).getByText('The organisation is not one of your system')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Joint discharge team');
    expect(within(screen.getByRole('group', { name: 'Evidence link 1' })).getByLabelText('Web address')).toHaveValue('https://example.nhs.uk/minutes.pdf');
    expect(screen.queryByTestId('location')).not.toBeInTheDocument();
  });

  it('records the decision and opens its page', async () => {
    renderForm([{ request: { query: RecordDecisionDocument, variables: { input: recordedInput } }, result: { data: { recordDecision: { __typename: 'Decision', id: 'd9' } } } }], {
      initialValues: recorded,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    // A busy machine can take longer than findBy's default second to render the whole form again.
    expect(await screen.findByTestId('location', {}, { timeout: 5000 })).toHaveTextContent('/decisions/d9');
  });

  it('amends with a reason and the version it was written against', async () => {
    renderForm(
      [
        {
          request: {
            query: AmendDecisionDocument,
            variables: { id: 'd1', basedOnVersion: 2, reason: 'Minutes corrected', input: { ...recordedInput, outcome: 'AGREED' } },
          },
          result: { data: { amendDecision: { __typename: 'Decision', id: 'd1' } } },
        },
      ],
      { initialValues: recorded, amending: true },
    );
    expect(screen.getByLabelText('Title')).toHaveValue('Joint discharge team');
    fireEvent.click(screen.getByLabelText('Agreed'));
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(within(summary()).getByRole('link', { name: 'Enter the reason for the amendment' })).toHaveAttribute('href', '#reason');

    fireEvent.change(screen.getByLabelText('Why are you amending it?'), { target: { value: ' Minutes corrected ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByTestId('location', {}, { timeout: 5000 })).toHaveTextContent('/decisions/d1');
  });
});
