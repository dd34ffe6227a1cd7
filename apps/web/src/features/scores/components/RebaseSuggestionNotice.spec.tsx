import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../app/apollo-client';
import { DismissRebaseSuggestionDocument, SetScoreRebaseDocument } from '../../../generated/graphql';
import { RebaseSuggestionNotice } from './RebaseSuggestionNotice';

const suggestion = {
  from: '2025-11',
  months: ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
  direction: 'up' as const,
  reason: '7 months in a row, November 2025 to May 2026, were above the mean of 3.10, and the run is still going at the latest month.',
};
const filter = { sector: 'VCSE' as const };

function renderNotice(mocks: MockLink.MockedResponse[], canRebase = true) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RebaseSuggestionNotice practice="SHARED_PURPOSE" practiceName="3. Shared purpose" suggestion={suggestion} filter={filter} canRebase={canRebase} />
    </MockedProvider>,
  );
}

const setMock = (reason: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: SetScoreRebaseDocument, variables: { input: { practice: 'SHARED_PURPOSE', month: '2025-11', reason, filter } } },
  result,
});

describe('RebaseSuggestionNotice', () => {
  it('says which months shifted and why, and lets a leader accept it with the reason pre-filled and edited', async () => {
    const reason = `${suggestion.reason} A shared outcomes framework was agreed in October 2025.`;
    let saved = false;
    renderNotice([setMock(reason, () => ((saved = true), { data: { setScoreRebase: { __typename: 'ScoreRebase', id: 'r1', month: '2025-11', reason } } }))]);
    expect(screen.getByRole('region', { name: 'Suggested rebase from November 2025 for 3. Shared purpose' })).toBeTruthy();
    expect(screen.getByText(/A sustained shift up \(November 2025 to May 2026\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Accept rebase of 3. Shared purpose from November 2025' }));
    const box = screen.getByRole('textbox', { name: 'Reason for the rebase' }) as HTMLTextAreaElement;
    expect(box.value).toBe(suggestion.reason);
    fireEvent.change(box, { target: { value: reason } });
    fireEvent.click(screen.getByRole('button', { name: 'Set rebase from November 2025' }));
    await waitFor(() => expect(saved).toBe(true));
  });

  it('asks for a reason before saving, and shows the API’s field error beside it', async () => {
    renderNotice([setMock('x', { errors: [new GraphQLError('Too long', { extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'reason', message: 'Reason must be 500 characters or fewer' }] } })] })]);
    fireEvent.click(screen.getByRole('button', { name: /^Accept rebase/ }));
    const box = screen.getByRole('textbox', { name: 'Reason for the rebase' });
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: /^Set rebase/ }));
    expect(await screen.findByText(/Enter the reason for the rebase/)).toBeTruthy();

    fireEvent.change(box, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: /^Set rebase/ }));
    expect(await screen.findByText('Reason must be 500 characters or fewer')).toBeTruthy();
    expect(box.getAttribute('aria-describedby')).toMatch(/-error/);
  });

  it('dismisses the suggestion for its month', async () => {
    let dismissed = false;
    renderNotice([
      {
        request: { query: DismissRebaseSuggestionDocument, variables: { input: { practice: 'SHARED_PURPOSE', month: '2025-11', filter } } },
        result: () => ((dismissed = true), { data: { dismissRebaseSuggestion: true } }),
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the suggested rebase of 3. Shared purpose' }));
    await waitFor(() => expect(dismissed).toBe(true));
  });

  it('shows the suggestion without the buttons to a reader who may not rebase', () => {
    renderNotice([], false);
    expect(screen.getByText(/A sustained shift up/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('An administrator or leader can accept or dismiss it.')).toBeTruthy();
  });
});
