import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { AMENDMENT_REASON_MAX_LENGTH, DECISION_OUTCOME_LABELS, DECISION_OUTCOMES, PRACTICES } from '@stewardship/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AmendDecisionDocument, RecordDecisionDocument, type DecisionOutcome, type Practice } from '../../../generated/graphql';
import { Checkboxes } from '../../../shared/components/Checkboxes';
import { DateInput } from '../../../shared/components/DateInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { Radios, type RadioOption } from '../../../shared/components/Radios';
import { SelectInput } from '../../../shared/components/SelectInput';
import { Textarea } from '../../../shared/components/Textarea';
import { TextInput } from '../../../shared/components/TextInput';
import { useDefaultPlaceId } from '../../../shared/hooks/useDefaultPlaceId';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import type { SavedState } from '../../../shared/hooks/useSavedBanner';
import { OrganisationPicker } from '../../../shared/pickers/components/OrganisationPicker';
import { useForumOptions } from '../../../shared/pickers/hooks/useForumOptions';
import { withArchivedChoice } from '../../../shared/pickers/utils/archived-choice';
import { readDateParts } from '../../../shared/utils/date-parts';
import {
  checkDecisionForm,
  decisionErrorTarget,
  decisionFormFields,
  namedParticipantErrors,
  type DecisionFormValues,
  type DecisionSubmission,
} from '../utils/decision-form';
import { EvidenceInput } from './EvidenceInput';
import { ParticipantsInput } from './ParticipantsInput';
import { ReopensInput } from './ReopensInput';

const OUTCOME_OPTIONS: RadioOption<DecisionOutcome>[] = DECISION_OUTCOMES.map((outcome) => ({ value: outcome, label: DECISION_OUTCOME_LABELS[outcome] }));
const PRACTICE_OPTIONS = PRACTICES.map((practice) => ({ value: practice.key, label: practice.name }));
const YES_NO: RadioOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Lists and pages that show decisions may now be out of date: drop them, and they fetch again when next shown. */
function forgetDecisions(cache: ApolloCache) {
  for (const fieldName of ['decisions', 'decision']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

interface DecisionFormProps {
  /** The page's h1 and title. */
  heading: string;
  initialValues: DecisionFormValues;
  /**
   * Set when amending: the decision, the version the form was filled from, and its forum and proposer (kept in the
   * pickers even if archived since).
   */
  amending?: { id: string; basedOnVersion: number; forum: { id: string; name: string }; proposer?: { id: string; name: string } | null };
  /** Where Back and Cancel go. */
  cancelTo: string;
}

/**
 * The one form for recording a decision and amending one. An amendment is the whole decision as it should read, with
 * a reason; nothing typed is lost when the form or the API finds a problem.
 */
export function DecisionForm({ heading, initialValues, amending, cancelTo }: DecisionFormProps) {
  const navigate = useNavigate();
  const placeId = useDefaultPlaceId();
  const forums = useForumOptions({ includeArchived: false, placeId });
  const [values, setValues] = useState(initialValues);
  const fields = decisionFormFields(values, Boolean(amending));
  const targets = Object.fromEntries(fields.map((field) => [field, decisionErrorTarget(field)]));
  const { inline, summary, attempt, submitChecked, clear } = useFormErrors({ fields, targets, thing: 'the decision' });
  const [record, recordState] = useMutation(RecordDecisionDocument);
  const [amend, amendState] = useMutation(AmendDecisionDocument);

  const set =
    <Field extends keyof DecisionFormValues>(field: Field) =>
    (value: DecisionFormValues[Field]) =>
      setValues((current) => ({ ...current, [field]: value }));
  const date = readDateParts(values.date, 'date');

  async function save({ input, reason }: DecisionSubmission) {
    let id: string;
    if (amending) {
      const { data } = await amend({ variables: { id: amending.id, basedOnVersion: amending.basedOnVersion, reason, input }, update: forgetDecisions });
      if (!data) throw new Error('The amendment was not saved');
      id = data.amendDecision.id;
    } else {
      const { data } = await record({ variables: { input }, update: forgetDecisions });
      if (!data) throw new Error('The decision was not recorded');
      id = data.recordDecision.id;
    }
    const state: SavedState = amending
      ? { saved: 'update', heading: 'Decision amended', message: 'The amendment is saved. The earlier versions are kept as they were.' }
      : { saved: 'create', heading: 'Decision recorded', message: `${input.title} is now in the decision log.` };
    navigate(`/decisions/${encodeURIComponent(id)}`, { state });
  }

  return (
    <FormLayout
      heading={heading}
      backTo={cancelTo}
      errors={namedParticipantErrors(summary, values.participants)}
      focusKey={attempt}
      submitText={amending ? 'Save amendment' : 'Record decision'}
      submitting={recordState.loading || amendState.loading}
      onSubmit={() => submitChecked(checkDecisionForm(values, Boolean(amending)), save)}
      intro={
        amending ? (
          <p className="nhsuk-body">
            Change what was recorded wrongly and say why. The decision is kept as it was before, and the page shows what
            your amendment changed.
          </p>
        ) : null
      }
    >
      {amending ? (
        <Textarea
          id="reason"
          label="Why are you amending it?"
          hint={`For example, the minutes were corrected at the next meeting. Up to ${AMENDMENT_REASON_MAX_LENGTH.toLocaleString('en-GB')} characters`}
          rows={3}
          value={values.reason}
          error={inline['reason']}
          onChange={set('reason')}
        />
      ) : null}
      <SelectInput
        id="forumId"
        label="Forum"
        hint={forums.error ? 'The list of forums could not be loaded. Reload the page to try again.' : placeId ? "Your place's forums" : 'The forum that took the decision'}
        emptyOptionLabel={forums.loading ? 'Loading forums…' : 'Choose a forum'}
        options={withArchivedChoice(forums.options, amending?.forum, forums.loaded)}
        value={values.forumId}
        error={inline['forumId']}
        onChange={set('forumId')}
      />
      <DateInput id="date" legend="Date of the decision" hint="For example, 12 3 2026" value={values.date} error={inline['date']} onChange={set('date')} />
      <TextInput id="title" label="Title" value={values.title} error={inline['title']} onChange={set('title')} />
      <Textarea id="summary" label="Summary" hint="What was decided, and anything a later reader needs to understand it" value={values.summary} error={inline['summary']} onChange={set('summary')} />
      <OrganisationPicker
        id="proposerId"
        label="Proposed by (optional)"
        hint="The organisation that brought the proposal"
        current={amending?.proposer ?? undefined}
        value={values.proposerId}
        error={inline['proposerId']}
        onChange={set('proposerId')}
      />
      <Radios id="outcome" legend="Outcome" options={OUTCOME_OPTIONS} value={values.outcome || null} error={inline['outcome']} onChange={set('outcome')} inline />
      <Radios
        id="outsideForum"
        legend="Was it taken outside the forum?"
        hint="Settled beforehand, or by officers, rather than in the forum's meeting"
        options={YES_NO}
        value={values.outsideForum ? 'yes' : 'no'}
        error={inline['outsideForum']}
        onChange={(answer) => set('outsideForum')(answer === 'yes')}
        inline
      />
      <Radios
        id="conflictSurfaced"
        legend="Was conflict surfaced?"
        hint="Disagreement was raised and discussed openly"
        options={YES_NO}
        value={values.conflictSurfaced ? 'yes' : 'no'}
        error={inline['conflictSurfaced']}
        onChange={(answer) => set('conflictSurfaced')(answer === 'yes')}
        inline
      />
      <Checkboxes
        id="practices"
        legend="Practices it bears on (optional)"
        options={PRACTICE_OPTIONS}
        values={values.practices}
        error={inline['practices']}
        onChange={(practices) => set('practices')(practices as Practice[])}
      />
      <ReopensInput
        value={values.reopens}
        onChange={set('reopens')}
        error={inline['reopensId']}
        selfId={amending?.id}
        onOrBefore={date.kind === 'date' ? date.iso : undefined}
      />
      <EvidenceInput evidence={values.evidence} onChange={set('evidence')} inline={inline} onRowsRenumbered={clear} />
      <ParticipantsInput participants={values.participants} onChange={set('participants')} inline={inline} onRowsRenumbered={clear} />
    </FormLayout>
  );
}
