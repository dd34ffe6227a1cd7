import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createCache } from '../../../app/apollo-client';
import { WithdrawScoreRebaseDocument } from '../../../generated/graphql';
import { scoreRebase } from '../utils/score-fixtures';
import { ScoreRebaseList } from './ScoreRebaseList';

const rebase = scoreRebase('2025-11', { id: 'r1' });

describe('ScoreRebaseList', () => {
  it('lists each rebase with its month, reason, author and date', () => {
    render(
      <MockedProvider mocks={[]} cache={createCache()}>
        <ScoreRebaseList rebases={[rebase]} practiceName="3. Shared purpose" canRebase={false} />
      </MockedProvider>,
    );
    expect(screen.getByRole('listitem').textContent).toBe('From November 2025: Outcomes framework agreed Set by Lee Leader on 5 November 2026.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('withdraws a rebase only after the leader confirms', async () => {
    let withdrawn = false;
    render(
      <MockedProvider
        mocks={[{ request: { query: WithdrawScoreRebaseDocument, variables: { id: 'r1' } }, result: () => ((withdrawn = true), { data: { withdrawScoreRebase: { __typename: 'ScoreRebase', id: 'r1', withdrawnAt: '2026-12-01T10:00:00.000Z' } } }) }]}
        cache={createCache()}
      >
        <ScoreRebaseList rebases={[rebase]} practiceName="3. Shared purpose" canRebase />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw the rebase from November 2025' }));
    expect(screen.getByRole('group', { name: 'Withdraw the rebase from November 2025?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(withdrawn).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw the rebase from November 2025' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    await waitFor(() => expect(withdrawn).toBe(true));
  });

  it('shows nothing for a chart without rebases', () => {
    const { container } = render(
      <MockedProvider mocks={[]} cache={createCache()}>
        <ScoreRebaseList rebases={[]} practiceName="3. Shared purpose" canRebase />
      </MockedProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
