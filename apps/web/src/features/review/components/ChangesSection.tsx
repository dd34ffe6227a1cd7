import { CHANGE_READING_LABELS } from '@stewardship/actions';
import { formatMonth } from '@stewardship/web-charts';
import { Link } from 'react-router';
import { changeEvidenceLink, type ReviewScope } from '../utils/review-links';
import { formatReviewChange, type ReviewChange } from '../utils/review-format';

const GROUPS = [
  { key: 'signals', title: 'Signals: changes that are real', test: (change: ReviewChange) => change.signal },
  { key: 'noise', title: 'Noise, not a change to act on', test: (change: ReviewChange) => change.reading === 'COMMON_CAUSE' },
  { key: 'unjudged', title: 'Not judged: compared with the month before only', test: (change: ReviewChange) => change.reading === 'NOT_JUDGED' },
] as const;

const TAG_CLASS: Record<ReviewChange['reading'], string> = {
  SPECIAL_CAUSE_CONCERN: 'nhsuk-tag--orange',
  SPECIAL_CAUSE_IMPROVEMENT: 'nhsuk-tag--blue',
  SPECIAL_CAUSE_NEITHER: 'nhsuk-tag--purple',
  COMMON_CAUSE: 'nhsuk-tag--grey',
  NOT_JUDGED: 'nhsuk-tag--white',
};

const readingText = (change: ReviewChange) => (change.reading === 'COMMON_CAUSE' ? 'noise, not a change to act on' : CHANGE_READING_LABELS[change.reading]);

/** Every figure that moved, signals first, each with a link to the page that shows its evidence. */
export function ChangesSection({ changes, scope }: { changes: readonly ReviewChange[]; scope: ReviewScope }) {
  if (changes.length === 0) return <p className="nhsuk-body">No figure moved since its previous month.</p>;
  return (
    <>
      {GROUPS.map((group) => {
        const shown = changes.filter(group.test);
        if (shown.length === 0) return null;
        return (
          <div key={group.key} data-testid={`review-changes-${group.key}`}>
            <h3 className="nhsuk-heading-s">
              {group.title} ({shown.length})
            </h3>
            <ul className="nhsuk-list app-review-changes">
              {shown.map((change) => (
                <li key={`${change.area}-${change.key}`} className="app-review-change">
                  <strong className={`nhsuk-tag ${TAG_CLASS[change.reading]}`}>{readingText(change)}</strong>{' '}
                  <span>{change.line}</span>
                  {change.change !== null && change.previousMonth ? (
                    <span className="app-secondary-text">
                      {' '}
                      ({formatReviewChange(change.area, change.key, change.change)} since {formatMonth(change.previousMonth)})
                    </span>
                  ) : null}{' '}
                  <Link to={changeEvidenceLink(change.area, change.key, scope)} className="app-review-evidence-link">
                    Open the evidence<span className="nhsuk-u-visually-hidden"> for {change.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
