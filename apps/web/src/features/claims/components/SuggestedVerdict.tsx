import { EVIDENCE_READING_HELP, VERDICT_RULES } from '@stewardship/evidence';
import type { Verdict, VerdictRule } from '../../../generated/graphql';
import { formatDay } from '../../../shared/utils/format-dates';
import { verdictLabel } from '../utils/claim-display';

/** The verdict the app suggests, the rule that produced it, and every rule in the order they are tried. */
export function SuggestedVerdict({ verdict, rule, ruleKey, dataThrough }: { verdict: Verdict; rule: string; ruleKey: VerdictRule; dataThrough: string | null }) {
  return (
    <section aria-labelledby="suggested-verdict-heading">
      <h2 id="suggested-verdict-heading">Suggested verdict</h2>
      <div className="nhsuk-card nhsuk-u-margin-bottom-4">
        <div className="nhsuk-card__content">
          <p className="nhsuk-heading-m nhsuk-u-margin-bottom-2" data-testid="suggested-verdict">
            {verdictLabel(verdict)}
          </p>
          <p className="nhsuk-body nhsuk-u-margin-bottom-2">
            <strong>The rule that produced it:</strong> <span data-testid="suggested-rule">{rule}</span>
          </p>
          {dataThrough ? <p className="nhsuk-body-s app-secondary-text nhsuk-u-margin-bottom-0">From the figures as they stand, with data up to {formatDay(dataThrough)}.</p> : null}
        </div>
      </div>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How the verdict is suggested</span>
        </summary>
        <div className="nhsuk-details__text">
          <p className="nhsuk-body">The app tries these rules in order; the first that applies gives the suggested verdict. A reviewer accepts it or overrides it with a reason.</p>
          <ol className="nhsuk-list nhsuk-list--number" aria-label="Verdict rules, in the order they are tried">
            {VERDICT_RULES.map((item) => (
              <li key={item.key} aria-current={item.key === ruleKey ? 'true' : undefined}>
                {item.key === ruleKey ? (
                  <>
                    <strong>{item.text}</strong> (the rule that applies to this claim)
                  </>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ol>
          <h3 className="nhsuk-heading-s">How each figure is read</h3>
          <p className="nhsuk-body">{EVIDENCE_READING_HELP.periods}</p>
          <p className="nhsuk-body">{EVIDENCE_READING_HELP.enoughPoints}</p>
          <p className="nhsuk-body">{EVIDENCE_READING_HELP.signal}</p>
          <p className="nhsuk-body">{EVIDENCE_READING_HELP.agrees}</p>
        </div>
      </details>
    </section>
  );
}
