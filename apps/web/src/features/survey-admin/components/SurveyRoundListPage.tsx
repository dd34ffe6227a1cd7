import { useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { Link } from 'react-router';
import { SurveyRoundsDocument } from '../../../generated/graphql';
import { formatMonth } from '@stewardship/web-charts';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDate } from '../../../shared/utils/format-dates';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { responsesText } from '../utils/round-form';
import { RoundStatusTag } from './RoundStatusTag';

/** /survey-rounds: every month's survey round, newest first, with its status and how many have responded. */
export function SurveyRoundListPage() {
  const viewer = useSignedInViewer();
  const { data, loading, error, refetch } = useQuery(SurveyRoundsDocument, { fetchPolicy: 'cache-and-network' });
  const rounds = data?.surveyRounds ?? [];

  return (
    <>
      <DocumentTitle title="Survey rounds" />
      <h1>Survey rounds</h1>
      <p className="nhsuk-body">
        Each month, people from partner organisations answer the pulse survey through their own link. Their answers make
        the practice scores.
      </p>
      {canEditRegister(viewer.role) ? (
        <Link className="nhsuk-button" to="/survey-rounds/new">
          Open a survey round
        </Link>
      ) : null}
      {loading && !data ? <LoadingMessage>Loading survey rounds…</LoadingMessage> : null}
      {error && !data ? <ServiceProblem onRetry={() => void refetch()}>The survey rounds could not be loaded. Try again.</ServiceProblem> : null}
      {data && rounds.length === 0 ? <p className="nhsuk-body">There are no survey rounds yet.</p> : null}
      {rounds.length > 0 ? (
        <ResponsiveTable caption="Survey rounds, newest first" columns={['Month', 'Status', 'Opens', 'Closes', 'Responses']}>
          {rounds.map((round) => (
            <Row key={round.id}>
              <Cell heading="Month">
                <Link to={`/survey-rounds/${round.id}`}>{formatMonth(round.month)}</Link>
              </Cell>
              <Cell heading="Status">
                <RoundStatusTag status={round.status} />
              </Cell>
              <Cell heading="Opens">{formatDate(round.opensAt)}</Cell>
              <Cell heading="Closes">{formatDate(round.closesAt)}</Cell>
              <Cell heading="Responses">{responsesText(round)}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      ) : null}
    </>
  );
}
