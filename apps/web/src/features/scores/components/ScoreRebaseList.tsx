import { useMutation } from '@apollo/client/react';
import { formatMonth } from '@stewardship/web-charts';
import { useState } from 'react';
import { PracticeScoresDocument, SummaryScoresDocument, WithdrawScoreRebaseDocument } from '../../../generated/graphql';
import { firstErrorMessage } from '../../../shared/utils/graphql-errors';
import { rebaseAuthorship, type ScoreRebase } from '../utils/score-rebases';

/**
 * The rebases of one practice's chart, under it: from which month, why, who set it and when. Administrators and
 * leaders may withdraw one, after confirming; it is kept on record, and the chart no longer splits there.
 */
export function ScoreRebaseList({ rebases, practiceName, canRebase }: { rebases: readonly ScoreRebase[]; practiceName: string; canRebase: boolean }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string>();
  const [withdraw, { loading }] = useMutation(WithdrawScoreRebaseDocument, { refetchQueries: [PracticeScoresDocument, SummaryScoresDocument], awaitRefetchQueries: true });
  if (!rebases.length) return null;

  async function confirmWithdrawal(id: string) {
    try {
      await withdraw({ variables: { id } });
      setConfirming(null);
      setProblem(undefined);
    } catch (error) {
      setProblem(firstErrorMessage(error) ?? 'The rebase could not be withdrawn. Try again.');
    }
  }

  return (
    <div className="app-rebase-notice">
      <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">
        Rebases<span className="nhsuk-u-visually-hidden"> of {practiceName}</span>
      </h4>
      {problem ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
        {rebases.map((rebase) => (
          <li key={rebase.id}>
            <strong>From {formatMonth(rebase.month)}:</strong> {rebase.reason} <span className="app-secondary-text">{rebaseAuthorship(rebase)}.</span>
            {canRebase && confirming !== rebase.id ? (
              <div>
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setConfirming(rebase.id)}>
                  Withdraw<span className="nhsuk-u-visually-hidden"> the rebase from {formatMonth(rebase.month)}</span>
                </button>
              </div>
            ) : null}
            {canRebase && confirming === rebase.id ? (
              <div role="group" aria-label={`Withdraw the rebase from ${formatMonth(rebase.month)}?`}>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  Withdraw the rebase from {formatMonth(rebase.month)}? The limits will no longer split there. It stays on record.
                </p>
                <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" disabled={loading} onClick={() => void confirmWithdrawal(rebase.id)}>
                  Yes, withdraw it
                </button>
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
