import { useMutation } from '@apollo/client/react';
import { PRACTICES, SUMMARY_QUESTIONS, SURVEY_COMMENT_MAX_LENGTH } from '@stewardship/domain';
import { useEffect, useMemo, useReducer, useState, type FocusEvent, type FormEvent, type ReactNode } from 'react';
import { SubmitSurveyDocument, type SurveyByTokenQuery } from '../../../generated/graphql';
import { formatMonth } from '@stewardship/web-charts';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { ErrorSummary } from '../../../shared/components/ErrorSummary';
import { firstErrorByField, inFieldOrder } from '../../../shared/utils/form-errors';
import { formatDate } from '../../../shared/utils/format-dates';
import { fieldErrorsFrom, type FieldError } from '../../../shared/utils/graphql-errors';
import { useSurveyAutosave, type SaveStatus } from '../hooks/useSurveyAutosave';
import { savedAtText } from '../utils/saved-at';
import {
  answersInputFrom,
  controlIdFor,
  draftFromAnswers,
  fieldOrder,
  practiceControlId,
  practiceLegend,
  problemsBeforeSubmit,
  partnerProgressText,
  progressText,
  relationshipControlId,
  surveyDraftReducer,
} from '../utils/survey-draft';
import { isSurveyUnavailable } from '../utils/survey-errors';
import { PARTNER_SEARCH_ID, PartnerPicker } from './PartnerPicker';
import { RelationshipRating } from './RelationshipRating';
import { AGREEMENT_SCALE, ScaleQuestion } from './ScaleQuestion';

type SurveyFormData = SurveyByTokenQuery['surveyByToken'];


interface SurveyFormProps {
  token: string;
  form: SurveyFormData;
  onSubmitted: () => void;
  /** The link stopped working while the respondent was answering (round closed, answers submitted elsewhere). */
  onUnavailable: (error: unknown) => void;
}

/** The pulse survey: six practices, three summary questions and the partners the respondent works with. */
export function SurveyForm({ token, form, onSubmitted, onUnavailable }: SurveyFormProps) {
  const [draft, dispatch] = useReducer(surveyDraftReducer, form.answers, draftFromAnswers);
  const autosave = useSurveyAutosave(token, draft, form.savedAt, onUnavailable);
  const [submit] = useMutation(SubmitSurveyDocument);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  const partnersById = useMemo(() => new Map(form.partners.map((p) => [p.id, p])), [form.partners]);
  const partnerName = (id: string) => partnersById.get(id)?.name ?? 'this partner';
  const addedIds = useMemo(() => new Set(draft.relationships.map((r) => r.organisationId)), [draft.relationships]);
  const inline = firstErrorByField(errors);
  const month = formatMonth(form.roundMonth);

  // After adding or removing a partner, carry on from the partner's card or from the search box.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const leaveSection = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void autosave.flush();
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const problems = problemsBeforeSubmit(draft, partnerName);
    if (problems.length > 0) {
      fail(problems);
      return;
    }
    setSubmitting(true);
    await autosave.pause();
    try {
      await submit({ variables: { token, answers: answersInputFrom(draft) } });
      onSubmitted();
    } catch (error) {
      if (isSurveyUnavailable(error)) {
        onUnavailable(error);
        return;
      }
      autosave.resume();
      setSubmitting(false);
      const fieldErrors = fieldErrorsFrom(error);
      if (fieldErrors.length > 0) fail(fieldErrors);
      else fail([], 'Sorry, your answers could not be submitted because of a problem with the service. Your answers so far are saved. Try again later.');
    }
  }

  function fail(fieldErrors: FieldError[], problem: string | null = null) {
    setErrors(inFieldOrder(fieldErrors, fieldOrder(draft)));
    setFormProblem(problem);
    setAttempt((n) => n + 1);
  }

  const summary = [
    ...errors.map((error) => ({ targetId: controlIdFor(error.field), message: error.message })),
    ...(formProblem ? [{ message: formProblem }] : []),
  ];

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <DocumentTitle title={`Pulse survey for ${month}`} hasErrors={summary.length > 0} />
        <ErrorSummary errors={summary} focusKey={attempt} />
        <span className="nhsuk-caption-l">{form.organisationName}</span>
        <h1>Pulse survey for {month}</h1>
        <p className="nhsuk-body-l">How well are partners in your integrated care system working together? It takes about 5 minutes.</p>
        <p className="nhsuk-body">
          Your answers are saved as you go, so you can leave and come back with the same link until the end of {formatDate(form.closesAt)}.
        </p>
        <p className="nhsuk-body">
          Your name is never shown with your answers. Scores are only published for groups large enough that no one can be
          identified.
        </p>
        <SurveyProgress progress={[progressText(draft), partnerProgressText(draft)]} status={autosave.status} live />

        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <SurveySection id="practices" heading="The six practices" onLeave={leaveSection}>
            <p className="nhsuk-body">How far do you agree that partners in your system do each of these?</p>
            {PRACTICES.map((practice) => {
              const id = practiceControlId(practice.key);
              const answer = draft.practices[practice.key];
              return (
                <ScaleQuestion
                  key={practice.key}
                  id={id}
                  legend={practiceLegend(practice.key)}
                  hint={practice.shortHelp}
                  options={AGREEMENT_SCALE}
                  value={answer.score}
                  error={inline[`practiceScores.${practice.key}`]}
                  onChange={(score) => dispatch({ type: 'practiceScore', practice: practice.key, score })}
                >
                  <div className="nhsuk-form-group nhsuk-u-margin-top-4 nhsuk-u-margin-bottom-0">
                    <label className="nhsuk-label" htmlFor={`${id}-comment`}>
                      Comment (optional)
                    </label>
                    <textarea
                      className="nhsuk-textarea nhsuk-u-margin-bottom-0"
                      id={`${id}-comment`}
                      name={`${id}-comment`}
                      rows={2}
                      maxLength={SURVEY_COMMENT_MAX_LENGTH}
                      value={answer.comment}
                      onChange={(event) => dispatch({ type: 'practiceComment', practice: practice.key, comment: event.target.value })}
                    />
                  </div>
                </ScaleQuestion>
              );
            })}
          </SurveySection>

          <SurveySection id="outcomes" heading="Working together" onLeave={leaveSection}>
            <p className="nhsuk-body">Three questions about what partners achieve together. How far do you agree?</p>
            {SUMMARY_QUESTIONS.map(({ answer: question, name, shortHelp }) => (
              <ScaleQuestion
                key={question}
                id={question}
                legend={name}
                hint={shortHelp}
                options={AGREEMENT_SCALE}
                value={draft[question]}
                error={inline[question]}
                onChange={(score) => dispatch({ type: 'outcome', question, score })}
              />
            ))}
          </SurveySection>

          <SurveySection id="relationships" heading="Your relationships with partners" onLeave={leaveSection}>
            <p className="nhsuk-body">
              Add the partners your organisation works with most, and rate each relationship. Add as many or as few as you
              like. You cannot rate your own organisation.
            </p>
            {draft.relationships.length > 0 ? (
              <h3 className="nhsuk-heading-s">{partnerProgressText(draft)}</h3>
            ) : null}
            {draft.relationships.map((relationship) => (
              <RelationshipRating
                key={relationship.organisationId}
                partnerName={partnerName(relationship.organisationId)}
                relationship={relationship}
                errors={inline}
                onChange={(change) => dispatch({ type: 'relationship', organisationId: relationship.organisationId, change })}
                onRemove={() => {
                  dispatch({ type: 'removePartner', organisationId: relationship.organisationId });
                  setAnnouncement(`${partnerName(relationship.organisationId)} removed.`);
                  setFocusId(PARTNER_SEARCH_ID);
                }}
                onFindAnother={() => setFocusId(PARTNER_SEARCH_ID)}
              />
            ))}
            {/* After the cards, so the partner just added sits right above the search box: rating it and moving on
                to the next is the same few key presses for the tenth partner as for the first. */}
            <PartnerPicker
              partners={form.partners}
              addedIds={addedIds}
              onAdd={(partner) => {
                dispatch({ type: 'addPartner', organisationId: partner.id });
                setAnnouncement(`${partner.name} added. Rate the relationship above the search box.`);
                setFocusId(relationshipControlId(partner.id, 'heading'));
              }}
            />
            <p className="nhsuk-u-visually-hidden" role="status">
              {announcement}
            </p>
          </SurveySection>

          <h2>Submit your answers</h2>
          <SurveyProgress progress={[progressText(draft), partnerProgressText(draft)]} status={autosave.status} />
          <p className="nhsuk-body">You cannot change your answers after you submit them.</p>
          <button className="nhsuk-button" type="submit" aria-disabled={submitting || undefined}>
            Submit your answers
          </button>
        </form>
      </div>
    </div>
  );
}

function SurveySection({
  id,
  heading,
  onLeave,
  children,
}: {
  id: string;
  heading: string;
  onLeave: (event: FocusEvent<HTMLElement>) => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} onBlur={onLeave} className="nhsuk-u-margin-bottom-6">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return 'Your answers are saved as you go.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return savedAtText(status.savedAt);
    case 'failed':
      return 'Your latest answers could not be saved. Check your connection: they will be saved when you next change an answer.';
  }
}

/** "3 of 6 practices answered", "2 of 4 partners rated" and whether the answers are saved; only one copy on the page is a live region. */
function SurveyProgress({ progress, status, live = false }: { progress: string[]; status: SaveStatus; live?: boolean }) {
  return (
    <div className="nhsuk-inset-text app-survey-progress">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {progress.map((line) => (
        <p className="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-1" key={line}>
          {line}
        </p>
      ))}
      <p className={status.kind === 'failed' ? 'nhsuk-error-message nhsuk-u-margin-bottom-0' : 'nhsuk-body-s nhsuk-u-margin-bottom-0'} role={live ? 'status' : undefined}>
        {saveStatusText(status)}
      </p>
    </div>
  );
}
