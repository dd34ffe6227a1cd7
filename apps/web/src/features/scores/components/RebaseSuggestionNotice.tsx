import { useMutation } from '@apollo/client/react';
import { REBASE_REASON_MAX_LENGTH, rebaseReasonProblem } from '@stewardship/domain';
import { formatMonth } from '@stewardship/web-charts';
import { useId, useState, type FormEvent } from 'react';
import { DismissRebaseSuggestionDocument, PracticeScoresDocument, SummaryScoresDocument, SetScoreRebaseDocument, type ScoreFilter } from '../../../generated/graphql';
import { describedBy, ErrorMessage, Hint } from '../../../shared/components/FieldMessages';
import { fieldErrorsFrom, firstErrorMessage } from '../../../shared/utils/graphql-errors';
import { suggestionMonths, type RebaseSuggestion } from '../utils/score-rebases';

interface RebaseSuggestionNoticeProps {
  practice: string;
  practiceName: string;
  suggestion: RebaseSuggestion;
  /** The view the chart shows, so the rebase belongs to it. */
  filter: ScoreFilter;
  /** Administrators and leaders may accept or dismiss it; everyone else reads it. */
  canRebase: boolean;
}

/**
 * A suggested rebase on a practice's chart: which months shifted and why the shift counts as held. Accepting asks for
 * the reason (pre-filled, editable) and sets the rebase; dismissing stops the suggestion for that month. Either way the
 * scores are fetched again, so the chart shows its new periods.
 */
export function RebaseSuggestionNotice({ practice, practiceName, suggestion, filter, canRebase }: RebaseSuggestionNoticeProps) {
  const id = useId();
  const [accepting, setAccepting] = useState(false);
  const [reason, setReason] = useState(suggestion.reason);
  const [reasonError, setReasonError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const refetch = { refetchQueries: [PracticeScoresDocument, SummaryScoresDocument], awaitRefetchQueries: true };
  const [setRebase, { loading: saving }] = useMutation(SetScoreRebaseDocument, refetch);
  const [dismiss, { loading: dismissing }] = useMutation(DismissRebaseSuggestionDocument, refetch);
  const from = formatMonth(suggestion.from);

  function showError(error: unknown) {
    const fields = fieldErrorsFrom(error);
    setReasonError(fields.find((f) => f.field === 'reason')?.message);
    const other = fields.filter((f) => f.field !== 'reason').map((f) => f.message);
    setProblem(other.length ? other.join('. ') : fields.length ? undefined : (firstErrorMessage(error) ?? 'The rebase could not be saved. Try again.'));
  }

  async function accept(event: FormEvent) {
    event.preventDefault();
    const local = rebaseReasonProblem(reason);
    setReasonError(local ?? undefined);
    if (local) return;
    try {
      await setRebase({ variables: { input: { practice, month: suggestion.from, reason, filter } } });
    } catch (error) {
      showError(error);
    }
  }

  async function dismissSuggestion() {
    try {
      await dismiss({ variables: { input: { practice, month: suggestion.from, filter } } });
    } catch (error) {
      showError(error);
    }
  }

  return (
    <div className="app-rebase-notice" role="region" aria-labelledby={`${id}-heading`}>
      <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1" id={`${id}-heading`}>
        Suggested rebase from {from}
        <span className="nhsuk-u-visually-hidden"> for {practiceName}</span>
      </h4>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        A sustained shift {suggestion.direction === 'up' ? 'up' : 'down'} ({suggestionMonths(suggestion)}): {suggestion.reason}
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        Rebase only if you can explain the change: new limits from {from} then describe the new level.
      </p>
      {problem ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      {!canRebase ? (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">An administrator or leader can accept or dismiss it.</p>
      ) : accepting ? (
        <form onSubmit={(event) => void accept(event)} noValidate>
          <div className={`nhsuk-form-group${reasonError ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label nhsuk-label--s" htmlFor={`${id}-reason`}>
              Reason for the rebase
            </label>
            <Hint id={`${id}-reason`} text={`What changed, and why the new level should hold. Up to ${REBASE_REASON_MAX_LENGTH} characters; everyone who reads the chart sees it.`} />
            <ErrorMessage id={`${id}-reason`} text={reasonError} />
            <textarea
              className={`nhsuk-textarea${reasonError ? ' nhsuk-textarea--error' : ''}`}
              id={`${id}-reason`}
              name="reason"
              rows={4}
              value={reason}
              aria-describedby={describedBy(`${id}-reason`, 'hint', reasonError)}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button type="submit" className="nhsuk-button" disabled={saving}>
            Set rebase from {from}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setAccepting(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <button type="button" className="nhsuk-button" onClick={() => setAccepting(true)}>
            Accept rebase<span className="nhsuk-u-visually-hidden"> of {practiceName} from {from}</span>
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={dismissing} onClick={() => void dismissSuggestion()}>
            Dismiss<span className="nhsuk-u-visually-hidden"> the suggested rebase of {practiceName}</span>
          </button>
        </>
      )}
    </div>
  );
}
