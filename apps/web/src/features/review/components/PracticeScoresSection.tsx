import { formatMonth, VariationBadge } from '@stewardship/web-charts';
import { Link } from 'react-router';
import { scoresLink, type ReviewScope } from '../utils/review-links';
import { confidenceText, formatScore, scoreChartPoints, scorePointDetails, scoreTableRows, type ReviewScore } from '../utils/review-format';
import { ReviewChart } from './ReviewChart';

const SCORE_BOUNDS = [1, 5] as const;
const TABLE_COLUMNS = ['Month', 'Mean', 'n', '95% CI', 'Variation'] as const;

/** The six practice scores of the month: value, n, CI, variation, a sparkline with its table, and what changed. */
export function PracticeScoresSection({ scores, scope, expanded }: { scores: readonly ReviewScore[]; scope: ReviewScope; expanded: boolean }) {
  return (
    <>
      <div className="app-chart-grid app-review-grid">
        {scores.map((score) => (
          <PracticeScoreCard key={score.practice} score={score} scope={scope} expanded={expanded} />
        ))}
      </div>
      <p className="nhsuk-body-s app-review-no-print">
        <Link to={scoresLink(scope)}>Open the scores page for {formatMonth(scope.month)}</Link>
      </p>
    </>
  );
}

function PracticeScoreCard({ score, scope, expanded }: { score: ReviewScore; scope: ReviewScope; expanded: boolean }) {
  const id = `review-practice-${score.practice.toLowerCase()}`;
  const first = score.series[0]?.month ?? scope.month;
  return (
    <section className="app-chart-card" aria-labelledby={`${id}-heading`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-heading`}>
        {score.name}
      </h3>
      {score.value === null ? (
        <p className="nhsuk-body-s">
          <strong>Not shown.</strong> {score.suppressionReason ?? 'Nobody answered this month.'}
        </p>
      ) : (
        <dl className="app-figure-values">
          <div>
            <dt>Score</dt>
            <dd data-testid={`${id}-value`}>{formatScore(score.value)}</dd>
          </div>
          <div>
            <dt>n</dt>
            <dd>{score.n ?? 0}</dd>
          </div>
          <div>
            <dt>95% CI</dt>
            <dd>{confidenceText(score.confidenceLower, score.confidenceUpper) || 'None'}</dd>
          </div>
        </dl>
      )}
      <div className="app-chart-card__latest">
        {score.variation ? (
          <VariationBadge variation={score.variation} />
        ) : (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <strong>Variation not judged:</strong> the month is not on the chart yet.
          </p>
        )}
      </div>
      <p className="nhsuk-body-s">{score.line}</p>
      <ReviewChart
        id={id}
        title={score.name}
        description={`${score.name}: the mean score each month from ${formatMonth(first)} to ${formatMonth(scope.month)}, with its process mean and limits. Hidden months are gaps.`}
        points={scoreChartPoints(score)}
        describePoint={(index) => scorePointDetails(score.series[index])}
        bounds={SCORE_BOUNDS}
        tableColumns={TABLE_COLUMNS}
        tableRows={scoreTableRows(score)}
        expanded={expanded}
      />
    </section>
  );
}
