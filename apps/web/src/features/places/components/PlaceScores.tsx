import { useQuery } from '@apollo/client/react';
import { SCORE_HELP } from '@stewardship/scores';
import { formatMonth } from '@stewardship/web-charts';
import { Link } from 'react-router';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { PracticeScoresDocument } from '../../../generated/graphql';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { SCORE_MONTHS } from '../../scores/components/PracticeScoresPage';
import { latestMonthScores } from '../utils/place-scores';

const COLUMNS = ['Practice', 'Mean', 'n', 'Variation'] as const;

/**
 * The six practice scores of one place in the latest month, with a link to the full scores page filtered to it. Asks
 * exactly what the scores page asks for that place, so one cached answer serves both. A place lead may read other
 * places' records but not their scores (the API refuses), so for them this says so instead of asking.
 */
export function PlaceScores({ placeId, name }: { placeId: string; name: string }) {
  const viewer = useSignedInViewer();
  const otherPlace = viewer.role === 'PLACE_LEAD' && viewer.place?.id !== placeId;
  const { data, loading, error, refetch } = useQuery(PracticeScoresDocument, {
    variables: { filter: { placeId }, months: SCORE_MONTHS, toMonth: undefined },
    skip: otherPlace,
  });
  const { month, rows } = latestMonthScores(data?.practiceScores ?? []);
  const scoresLink = `/scores?place=${encodeURIComponent(placeId)}`;

  return (
    <section aria-labelledby="place-scores-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="place-scores-heading">
        Practice scores
      </h2>
      {otherPlace ? (
        <p className="nhsuk-body">
          As a place lead you can see the scores of your own place{viewer.place ? `, ${viewer.place.name},` : ''} only: {name}&rsquo;s scores are not shown to you.
        </p>
      ) : null}
      {!otherPlace && loading && !data ? <LoadingMessage>Loading practice scores…</LoadingMessage> : null}
      {!otherPlace && error && !data ? <ServiceProblem onRetry={() => void refetch()}>The practice scores could not be loaded.</ServiceProblem> : null}
      {data && !month ? <p className="nhsuk-body">No survey round has opened yet, so there are no scores to show.</p> : null}
      {data && month ? (
        <>
          <p className="nhsuk-body">
            How respondents from partners serving {name} scored the six practices in {formatMonth(month)}, from 1 (strongly disagree) to 5
            (strongly agree). {SCORE_HELP.mean} {SCORE_HELP.n}
          </p>
          <ResponsiveTable caption={`Practice scores for ${name}, ${formatMonth(month)}`} columns={COLUMNS}>
            {rows.map((row) => (
              <Row key={row.practice}>
                <Cell heading="Practice">{row.name}</Cell>
                {row.hiddenBecause ? (
                  <td className="nhsuk-table__cell" role="cell" colSpan={3}>
                    Not shown: {row.hiddenBecause}
                  </td>
                ) : (
                  <>
                    <Cell heading="Mean">{row.mean}</Cell>
                    <Cell heading="n">{row.n}</Cell>
                    <Cell heading="Variation">{row.variation}</Cell>
                  </>
                )}
              </Row>
            ))}
          </ResponsiveTable>
          <p className="nhsuk-body">
            <Link to={scoresLink}>See {name}&rsquo;s scores month by month, with charts and how they are computed</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
