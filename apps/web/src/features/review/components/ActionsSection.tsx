import { Link } from 'react-router';
import { citationLinks, type ReviewScope } from '../utils/review-links';
import type { MonthlyReview } from '../utils/review-format';

type ReviewActions = MonthlyReview['actions'];

/** The suggested actions, ranked, each with the figures it cites and links to the records behind it; the rules in a disclosure. */
export function ActionsSection({ actions, scope, expanded }: { actions: ReviewActions; scope: ReviewScope; expanded: boolean }) {
  return (
    <>
      {actions.actions.length === 0 ? (
        <p className="nhsuk-body">No rule suggests an action this month.</p>
      ) : (
        <ol className="nhsuk-list nhsuk-list--number app-review-actions">
          {actions.actions.map((action) => (
            <li key={`${action.rule}-${action.rank}`} data-testid={`review-action-${action.rank}`}>
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">{action.text}</p>
              {action.figures.length ? (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 app-secondary-text">
                  {action.figures.map((figure) => `${figure.label}: ${figure.value}`).join('; ')}
                </p>
              ) : null}
              {action.references.length ? (
                <p className="nhsuk-body-s">
                  Cites:{' '}
                  {citationLinks(action.references, scope).map((citation, index) => (
                    <span key={citation.key}>
                      {index > 0 ? ', ' : null}
                      <Link to={citation.href}>{citation.label}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <details className="nhsuk-details" open={expanded || undefined}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The rules that suggest actions</span>
        </summary>
        <div className="nhsuk-details__text">
          <ol className="nhsuk-list nhsuk-list--number">
            {actions.rules.map((rule) => (
              <li key={rule.key}>
                <strong>{rule.title}.</strong> {rule.text}
              </li>
            ))}
          </ol>
        </div>
      </details>
    </>
  );
}
