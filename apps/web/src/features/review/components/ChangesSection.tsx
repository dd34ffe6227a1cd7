import { Link } from 'react-router';
import { changeEvidenceLink, type ReviewScope } from '../utils/review-links';
import type { ReviewChange } from '../utils/review-format';

const GROUPS = [
  { key: 'signals', title: 'Signals: changes that are real', test: (change: ReviewChange) => change.signal },
  { key: 'noise', title: 'Noise, not a change to act on', test: (change: ReviewChange) => change.reading === 'COMMON_CAUSE' },
  { key: 'unjudged', title: 'Not judged: compared with the month before only', test: (change: ReviewChange) => change.reading === 'NOT_JUDGED' },
] as const;

/** A short tag beside each line (the line itself says the reading in full). */
const TAGS: Record<ReviewChange['reading'], { text: string; className: string }> = {
  SPECIAL_CAUSE_CONCERN: { text: 'Concern', className: 'nhsuk-tag--orange' },
  SPECIAL_CAUSE_IMPROVEMENT: { text: 'Improvement', className: 'nhsuk-tag--blue' },
  SPECIAL_CAUSE_NEITHER: { text: 'Signal', className: 'nhsuk-tag--purple' },
  COMMON_CAUSE: { text: 'Noise', className: 'nhsuk-tag--grey' },
  NOT_JUDGED: { text: 'Not judged', className: 'nhsuk-tag--white' },
};

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
                  <strong className={`nhsuk-tag ${TAGS[change.reading].className}`}>{TAGS[change.reading].text}</strong> <span>{change.line}</span>{' '}
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
