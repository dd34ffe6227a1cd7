import { useMutation, useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CloseSurveyRoundDocument, ReissueInvitationDocument, SurveyRoundDocument, type SurveyRoundFieldsFragment, type SurveyInvitationFieldsFragment } from '../../../generated/graphql';
import { formatMonth } from '@stewardship/web-charts';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { NotFound } from '../../../shared/components/NotFound';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { SummaryList, SummaryRow } from '../../../shared/components/SummaryList';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDate } from '../../../shared/utils/format-dates';
import { firstErrorMessage } from '../../../shared/utils/graphql-errors';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { responsesText } from '../utils/round-form';
import { CopyButton } from './CopyButton';
import { RoundStatusTag } from './RoundStatusTag';

/** /survey-rounds/:id: a round's dates and responses; administrators also see who was invited, reissue links and close it. */
export function SurveyRoundPage() {
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const admin = canEditRegister(viewer.role);
  const { data, loading, error, refetch } = useQuery(SurveyRoundDocument, { variables: { id, withInvitations: admin } });

  if (loading && !data) return <PageLoading title="Survey round">Loading the survey round…</PageLoading>;
  if (error && !data) {
    return (
      <PageProblem title="Survey round" onRetry={() => void refetch()}>
        The survey round could not be loaded. Try again.
      </PageProblem>
    );
  }
  const round = data?.surveyRound;
  if (!round) return <NotFound noun="Survey round" listPath="/survey-rounds" listName="survey rounds" />;
  const month = formatMonth(round.month);

  return (
    <>
      <DocumentTitle title={`Survey round: ${month}`} />
      <Link className="nhsuk-back-link" to="/survey-rounds">
        Back
      </Link>
      <h1>Survey round: {month}</h1>
      <SummaryList>
        <SummaryRow label="Status">
          <RoundStatusTag status={round.status} />
        </SummaryRow>
        <SummaryRow label="Opens">Start of {formatDate(round.opensAt)}</SummaryRow>
        <SummaryRow label="Closes">End of {formatDate(round.closesAt)}</SummaryRow>
        <SummaryRow label="Responses">{responsesText(round)}</SummaryRow>
      </SummaryList>
      {admin && round.status !== 'CLOSED' ? <CloseRound round={round} /> : null}
      {admin ? (
        <Invitations invitations={round.invitations ?? []} responseCount={round.responseCount} canReissue={round.status !== 'CLOSED'} />
      ) : (
        <p className="nhsuk-body">Only system administrators can see who was invited.</p>
      )}
    </>
  );
}

/** "Close round", behind a confirmation: people who have not answered can no longer do so. */
function CloseRound({ round }: { round: SurveyRoundFieldsFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseSurveyRoundDocument);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const month = formatMonth(round.month);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  async function confirm() {
    setProblem(null);
    try {
      await close({ variables: { id: round.id } });
      setConfirming(false);
    } catch (error) {
      setProblem(`Sorry, the round could not be closed: ${firstErrorMessage(error) ?? 'there is a problem with the service'}. Try again later.`);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setConfirming(true)}>
        Close round
      </button>
    );
  }
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label" tabIndex={-1} ref={confirmHeading}>
        <span className="nhsuk-u-visually-hidden">Important: </span>Close the {month} round?
      </h2>
      <p className="nhsuk-body">People who have not answered will no longer be able to. This cannot be undone.</p>
      {problem ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button nhsuk-button--warning" disabled={loading} onClick={() => void confirm()}>
          Yes, close round
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={loading} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Who was invited, whether they have answered (never what they answered), and a new link for anyone who lost theirs. */
function Invitations({ invitations, responseCount, canReissue }: { invitations: readonly SurveyInvitationFieldsFragment[]; responseCount: number; canReissue: boolean }) {
  const [reissue] = useMutation(ReissueInvitationDocument);
  const [reissued, setReissued] = useState<{ name: string; url: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const message = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (reissued || problem) message.current?.focus();
  }, [reissued, problem]);

  async function reissueFor(invitation: SurveyInvitationFieldsFragment) {
    setWorking(invitation.id);
    setProblem(null);
    setReissued(null);
    try {
      const { data } = await reissue({ variables: { id: invitation.id } });
      if (data) setReissued({ name: invitation.person.name, url: data.reissueInvitation.url });
    } catch (error) {
      setProblem(`Sorry, a new link for ${invitation.person.name} could not be made: ${firstErrorMessage(error) ?? 'there is a problem with the service'}.`);
    }
    setWorking(null);
  }

  return (
    <>
      <h2>Invitations</h2>
      <div ref={message} tabIndex={-1}>
        {reissued ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p className="nhsuk-body">
              New link for {reissued.name}: <span className="app-survey-link">{reissued.url}</span>
            </p>
            <p className="nhsuk-body">Their old link no longer works. This link is shown only now.</p>
            <CopyButton text={reissued.url} label={reissued.name} />
          </div>
        ) : null}
        {problem ? (
          <p className="nhsuk-error-message" role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
          </p>
        ) : null}
      </div>
      {invitations.length === 0 ? (
        <p className="nhsuk-body">
          {responseCount === 0
            ? 'Nobody was invited to this round.'
            : 'Nobody was invited to this round through Stewardship: its responses were loaded, not collected through invitation links.'}
        </p>
      ) : (
        <ResponsiveTable caption="People invited" captionHidden columns={['Person', 'Organisation', 'Submitted', 'Link']}>
          {invitations.map((invitation) => (
            <Row key={invitation.id}>
              <Cell heading="Person">{invitation.person.name}</Cell>
              <Cell heading="Organisation">{invitation.person.organisation.name}</Cell>
              <Cell heading="Submitted">{invitation.submitted ? 'Yes' : 'No'}</Cell>
              <Cell heading="Link">
                {!invitation.submitted && canReissue ? (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                    disabled={working === invitation.id}
                    onClick={() => void reissueFor(invitation)}
                  >
                    Reissue link<span className="nhsuk-u-visually-hidden"> for {invitation.person.name}</span>
                  </button>
                ) : null}
              </Cell>
            </Row>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
