import { useMutation } from '@apollo/client/react';
import { CLAIM_REVIEW_REASON_MAX_LENGTH } from '@stewardship/domain';
import { VERDICTS } from '@stewardship/evidence';
import { useState, type FormEvent } from 'react';
import { ReviewClaimDocument, type Verdict } from '../../../generated/graphql';
import { ErrorSummary } from '../../../shared/components/ErrorSummary';
import { Radios, type RadioOption } from '../../../shared/components/Radios';
import { Textarea } from '../../../shared/components/Textarea';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { verdictLabel } from '../utils/claim-display';

const FIELDS = ['accept', 'verdict', 'reason'] as const;
type Choice = 'accept' | 'override';

/**
 * A reviewer's verdict: accept the suggested one, or override it with another and say why. The API requires the
 * reason when overriding and says so against the reason box; every verdict is added to the history.
 */
export function ReviewForm({ claimId, suggested }: { claimId: string; suggested: Verdict }) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { inline, summary, attempt, fail, failFromServer, clear } = useFormErrors({ fields: FIELDS, targets: { accept: 'review-choice' }, thing: 'your verdict' });
  const [review, { loading }] = useMutation(ReviewClaimDocument, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'claims' });
      cache.gc();
    },
  });
  const others: RadioOption<Verdict>[] = VERDICTS.filter((v) => v !== suggested).map((v) => ({ value: v, label: verdictLabel(v) }));
  const choices: RadioOption<Choice>[] = [
    { value: 'accept', label: `Accept the suggested verdict: ${verdictLabel(suggested)}` },
    { value: 'override', label: 'Override it with another verdict', hint: 'Give the reason for overriding' },
  ];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    if (!choice) return fail([{ field: 'accept', message: 'Select whether you accept the suggested verdict' }]);
    if (choice === 'override' && !verdict) return fail([{ field: 'verdict', message: 'Select your verdict' }]);
    const given = choice === 'accept' ? suggested : (verdict as Verdict);
    try {
      await review({ variables: { claimId, accept: choice === 'accept', verdict: given, reason: reason.trim() || null } });
      clear();
      setChoice(null);
      setVerdict(null);
      setReason('');
      setDone(`Your verdict, ${verdictLabel(given).toLowerCase()}, is added to the history.`);
    } catch (error) {
      failFromServer(error);
    }
  }

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      {done ? (
        <p className="nhsuk-body" role="status">
          <strong>{done}</strong>
        </p>
      ) : null}
      <ErrorSummary errors={summary} focusKey={attempt} titleId="review-errors" />
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="review-heading">
        <Radios id="review-choice" legend="Your verdict" options={choices} value={choice} error={inline['accept']} onChange={setChoice} />
        {choice === 'override' ? (
          <Radios id="verdict" legend="Which verdict?" options={others} value={verdict} error={inline['verdict']} onChange={setVerdict} />
        ) : null}
        <Textarea
          id="reason"
          label={choice === 'override' ? 'Why are you overriding it?' : 'Reason'}
          hint={`Required when overriding, optional when accepting. Up to ${CLAIM_REVIEW_REASON_MAX_LENGTH.toLocaleString('en-GB')} characters`}
          rows={3}
          value={reason}
          error={inline['reason']}
          onChange={setReason}
        />
        <button type="submit" className="nhsuk-button" disabled={loading}>
          Give verdict
        </button>
      </form>
    </section>
  );
}
