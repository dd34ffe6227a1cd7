import { SUMMARY_QUESTIONS } from '@stewardship/domain';

/** What the three summary questions ask and why they are charted beside the practices (words from libs/domain). */
export function SummaryQuestionsHelp() {
  return (
    <>
      <p className="nhsuk-body">
        Every response also answers three summary questions, each scored 1 (strongly disagree) to 5 (strongly agree): the
        outcomes of good collective leadership, in the Center for Creative Leadership&rsquo;s model that the King&rsquo;s Fund
        uses. They are charted, counted and protected exactly as the practices are.
      </p>
      <dl className="nhsuk-summary-list">
        {SUMMARY_QUESTIONS.map((question) => (
          <div className="nhsuk-summary-list__row" key={question.key}>
            <dt className="nhsuk-summary-list__key">{question.name}</dt>
            <dd className="nhsuk-summary-list__value">
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Respondents score: &ldquo;{question.shortHelp}&rdquo;</p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{question.description}</p>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
