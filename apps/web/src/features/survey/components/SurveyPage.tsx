import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { SurveyByTokenDocument } from '../../../generated/graphql';
import { formatMonth } from '@stewardship/web-charts';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { surveyUnavailable, type SurveyUnavailable } from '../utils/survey-errors';
import { SurveyForm } from './SurveyForm';

type Ending = { kind: 'submitted'; month: string } | { kind: 'unavailable'; page: SurveyUnavailable };

/**
 * /survey/:token: the respondent's pulse survey. Public: the link itself is the key, and nobody signs in. It shows
 * nothing about other respondents.
 */
export function SurveyPage() {
  const { token = '' } = useParams();
  // Always ask the API: the answers saved last time, and whether the link still works, must be current.
  const { data, loading, error, refetch } = useQuery(SurveyByTokenDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [ending, setEnding] = useState<Ending | null>(null);

  if (ending?.kind === 'submitted') return <SurveyThankYou month={ending.month} />;
  if (ending?.kind === 'unavailable') return <SurveyUnavailablePage page={ending.page} />;
  if (loading && !data) return <PageLoading title="Pulse survey">Loading the survey…</PageLoading>;
  if (error || !data) {
    const page = surveyUnavailable(error);
    if (page) return <SurveyUnavailablePage page={page} />;
    return (
      <PageProblem title="Pulse survey" onRetry={() => void refetch()}>
        The survey could not be loaded. Check your connection and try again.
      </PageProblem>
    );
  }

  const form = data.surveyByToken;
  return (
    <SurveyForm
      token={token}
      form={form}
      onSubmitted={() => setEnding({ kind: 'submitted', month: form.roundMonth })}
      onUnavailable={(unavailable) => {
        const page = surveyUnavailable(unavailable);
        if (page) setEnding({ kind: 'unavailable', page });
      }}
    />
  );
}

/** Starts a page that replaced the form in place at the top, with focus on its heading. */
function useFocusOnShow() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);
  return heading;
}

function SurveyThankYou({ month }: { month: string }) {
  const heading = useFocusOnShow();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <DocumentTitle title="Thank you" />
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__title" ref={heading} tabIndex={-1}>
            Thank you
          </h1>
          <div className="nhsuk-panel__body">Your answers for {formatMonth(month)} have been submitted.</div>
        </div>
        <h2>What happens next</h2>
        <p className="nhsuk-body">
          Your answers are combined with those of other partners. Scores are only shown for groups large enough that no
          one can be identified, and your name is never shown with your answers.
        </p>
        <p className="nhsuk-body">You will be sent a new link when the next survey round opens. You can close this page.</p>
      </div>
    </div>
  );
}

function SurveyUnavailablePage({ page }: { page: SurveyUnavailable }) {
  const heading = useFocusOnShow();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <DocumentTitle title={page.title} />
        <h1 ref={heading} tabIndex={-1}>
          {page.title}
        </h1>
        <p className="nhsuk-body-l">{page.message}</p>
        <p className="nhsuk-body">{page.advice}</p>
      </div>
    </div>
  );
}
