import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { SaveSurveyAnswersDocument, SubmitSurveyDocument, SurveyByTokenDocument, type SurveyAnswersInput } from '../../../generated/graphql';
import { SurveyPage } from './SurveyPage';

const TOKEN = 'tok-123';

/** A walk through the whole form renders every question and card many times: room for a busy test machine. */
const WALK_THROUGH_TIMEOUT_MS = 20_000;

const partners = [
  { __typename: 'SurveyPartner', id: 'org-2', name: 'Ashby Borough Council', kind: 'LOCAL_AUTHORITY', sector: 'LOCAL_GOVERNMENT' },
  { __typename: 'SurveyPartner', id: 'org-3', name: 'Northshire Hospice', kind: 'HOSPICE', sector: 'VCSE' },
  { __typename: 'SurveyPartner', id: 'org-4', name: 'St Clare Hospice', kind: 'HOSPICE', sector: 'VCSE' },
];

const FIVE_PRACTICES = ['SAFE_ENVIRONMENT', 'HEALTHY_RELATIONSHIPS', 'SHARED_PURPOSE', 'SHARING_POWER', 'MANAGING_CONFLICT'];

function formMock(scored: string[] = []): MockLink.MockedResponse {
  return {
    request: { query: SurveyByTokenDocument, variables: { token: TOKEN } },
    result: {
      data: {
        surveyByToken: {
          __typename: 'SurveyForm',
          roundMonth: '2026-11',
          closesAt: '2026-11-30T23:59:59Z',
          organisationName: 'Northshire Integrated Care Board',
          partners,
          answers: {
            __typename: 'SurveyAnswers',
            practiceScores: scored.map((practice) => ({ __typename: 'SurveyPracticeAnswer', practice, score: 4, comment: null })),
            direction: null,
            alignment: null,
            commitment: null,
            relationships: [],
          },
          savedAt: scored.length ? '2026-11-24T09:15:00Z' : null,
        },
      },
    },
  };
}

const saveMock: MockLink.MockedResponse = {
  request: { query: SaveSurveyAnswersDocument, variables: (variables: Record<string, unknown>) => variables['token'] === TOKEN },
  result: { data: { saveSurveyAnswers: new Date().toISOString() } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderSurvey(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[`/survey/${TOKEN}`]}>
        <Routes>
          <Route path="/survey/:token" element={<SurveyPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

function practice(name: RegExp) {
  return screen.getByRole('group', { name });
}

describe('SurveyPage', () => {
  it('brings back saved answers and lists the practices still to answer before sending anything', async () => {
    renderSurvey([formMock(FIVE_PRACTICES.slice(0, 3))]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Pulse survey for November 2026' })).toBeInTheDocument();
    expect(document.title).toBe('Pulse survey for November 2026 – Stewardship');
    expect(screen.getAllByText('3 of 6 practices answered')).toHaveLength(2);
    const first = practice(/^1\. Safe, inclusive and trusting environment/);
    expect(within(first).getByLabelText('4 Agree')).toBeChecked();
    expect(first).toHaveAccessibleDescription('People can speak candidly and challenge each other without fear of blame.');
    expect(within(first).getByLabelText('Comment (optional)')).toHaveValue('');

    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));

    const summary = screen.getByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Choose a score from 1 to 5 for "4. Sharing power"',
      'Choose a score from 1 to 5 for "5. Surfacing and managing conflict"',
      'Choose a score from 1 to 5 for "6. Shared decision-making"',
    ]);
    expect(links[0]).toHaveAttribute('href', '#practice-SHARING_POWER');
    expect(document.title).toBe('Error: Pulse survey for November 2026 – Stewardship');
    expect(within(practice(/^4\. Sharing power/)).getByText('Choose a score from 1 to 5 for "4. Sharing power"')).toBeInTheDocument();
  });

  it('saves answers a moment after a change, and says when', async () => {
    renderSurvey([formMock(), saveMock]);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText('Your answers are saved as you go.')).toHaveLength(2);

    fireEvent.click(within(practice(/^2\. Healthy relationships/)).getByLabelText('5 Strongly agree'));

    expect(screen.getAllByText('1 of 6 practices answered')).toHaveLength(2);
    expect(await screen.findAllByText(/^Saved at \d\d:\d\d$/, undefined, { timeout: 4000 })).toHaveLength(2);
  });

  it('finds and rates a partner, submits, and thanks the respondent', async () => {
    let submitted: SurveyAnswersInput | undefined;
    renderSurvey([
      formMock(FIVE_PRACTICES),
      saveMock,
      {
        request: {
          query: SubmitSurveyDocument,
          variables: (variables: Record<string, unknown>) => {
            submitted = variables['answers'] as SurveyAnswersInput;
            return true;
          },
        },
        result: { data: { submitSurvey: true } },
      },
    ]);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(within(practice(/^6\. Shared decision-making/)).getByLabelText('2 Disagree'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Direction' })).getByLabelText('4 Agree'));

    fireEvent.change(screen.getByLabelText('Find a partner'), { target: { value: 'hosp' } });
    expect(screen.getByText('2 partners match.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add Northshire Hospice' }));

    const card = screen.getByRole('region', { name: 'Northshire Hospice' });
    expect(within(card).getByRole('heading', { name: 'Northshire Hospice' })).toHaveFocus();
    expect(screen.getByLabelText('Find a partner')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Add Northshire Hospice' })).not.toBeInTheDocument();

    // A partner added but not rated is named in the error summary.
    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Choose a trust rating from 1 to 5 for Northshire Hospice' })).toHaveAttribute(
      'href',
      '#partner-org-3-trust',
    );

    fireEvent.click(within(within(card).getByRole('group', { name: 'Trust' })).getByLabelText('4'));
    fireEvent.click(within(within(card).getByRole('group', { name: 'Value' })).getByLabelText('3'));
    fireEvent.change(within(card).getByLabelText('How often in contact'), { target: { value: 'MONTHLY' } });
    fireEvent.change(within(card).getByLabelText('Type of relationship'), { target: { value: 'JOINT_PROGRAMME' } });
    fireEvent.click(within(card).getByText('Add a note (optional)'));
    fireEvent.change(within(card).getByLabelText('Note about Northshire Hospice'), { target: { value: ' Shared discharge work ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toHaveFocus();
    expect(screen.getByText('Your answers for November 2026 have been submitted.')).toBeInTheDocument();
    expect(submitted?.practiceScores.map((a) => a.score)).toEqual([4, 4, 4, 4, 4, 2]);
    expect(submitted?.direction).toBe(4);
    expect(submitted?.relationships).toEqual([
      { organisationId: 'org-3', trust: 4, value: 3, contactFrequency: 'MONTHLY', type: 'JOINT_PROGRAMME', note: 'Shared discharge work' },
    ]);
  }, WALK_THROUGH_TIMEOUT_MS);

  it('rates a partner on a row of 1 to 5, counts the partners rated, and goes back to the search in one step', async () => {
    renderSurvey([formMock(), saveMock]);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText('No partners added yet')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Find a partner'), { target: { value: 'council' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Ashby Borough Council' }));
    expect(screen.getAllByText('0 of 1 partner rated')).toHaveLength(3);

    // The ends of the row are named by what they mean, for screen readers too.
    const card = screen.getByRole('region', { name: 'Ashby Borough Council' });
    const trust = within(card).getByRole('group', { name: 'Trust' });
    expect(within(trust).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0].textContent)).toEqual(['1 Very little', '2', '3', '4', '5 Completely']);
    fireEvent.click(within(trust).getByLabelText('5 Completely'));
    fireEvent.click(within(card).getByLabelText('1 Very little', { selector: '[name$="-value"]' }));
    fireEvent.change(within(card).getByLabelText('How often in contact'), { target: { value: 'WEEKLY' } });
    expect(screen.getAllByText('0 of 1 partner rated')).toHaveLength(3);
    fireEvent.change(within(card).getByLabelText('Type of relationship'), { target: { value: 'INFORMAL' } });
    expect(screen.getAllByText('1 of 1 partner rated')).toHaveLength(3);

    fireEvent.click(within(card).getByRole('button', { name: 'Find another partner' }));
    expect(screen.getByLabelText('Find a partner')).toHaveFocus();
  }, WALK_THROUGH_TIMEOUT_MS);

  it('says so when the answers have already been submitted', async () => {
    renderSurvey([
      {
        request: { query: SurveyByTokenDocument, variables: { token: TOKEN } },
        result: { errors: [{ message: 'You have already submitted your answers for this round. Thank you.', extensions: { code: 'SURVEY_SUBMITTED' } }] },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'You have already submitted your answers' })).toHaveFocus();
    expect(screen.getByText('You have already submitted your answers for this round. Thank you.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit your answers' })).not.toBeInTheDocument();
  });

  it('says so when the round has closed', async () => {
    renderSurvey([
      {
        request: { query: SurveyByTokenDocument, variables: { token: TOKEN } },
        result: { errors: [{ message: 'The survey for 2026-10 has closed, so answers can no longer be accepted.', extensions: { code: 'SURVEY_CLOSED' } }] },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'This survey has closed' })).toBeInTheDocument();
  });
});
