import { SCORE_HELP, suppressionHelp } from '@stewardship/scores';
import { REBASE_HELP, XMR_HELP, type SpcRule } from '@stewardship/spc';
import { ruleLabel, variationMark, VARIATIONS } from '@stewardship/web-charts';

const RULES: SpcRule[] = ['outside', 'shift', 'trend', 'twoOfThree'];

/** "How these figures are computed": the words come from the libraries that compute the figures. */
export function ScoresHelp({ minimumGroupSize }: { minimumGroupSize: number }) {
  return (
    <section aria-labelledby="scores-help-heading" className="nhsuk-u-margin-top-6">
      <h2 id="scores-help-heading">How these figures are computed</h2>
      <h3 className="nhsuk-heading-s">Each month&rsquo;s score</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>{SCORE_HELP.mean}</li>
        <li>{SCORE_HELP.n}</li>
        <li>{SCORE_HELP.confidenceInterval}</li>
        <li>{SCORE_HELP.standardDeviation}</li>
        <li>{SCORE_HELP.distribution}</li>
        <li>{suppressionHelp(minimumGroupSize)}</li>
      </ul>
      <h3 className="nhsuk-heading-s">The SPC chart</h3>
      <p className="nhsuk-body">
        Each chart is an XmR chart, read the NHS &ldquo;Making Data Count&rdquo; way: it shows whether a change is a real
        signal or the usual ups and downs.
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>{XMR_HELP.mean}</li>
        <li>{XMR_HELP.movingRange}</li>
        <li>{XMR_HELP.limits}</li>
        <li>
          Each chart&rsquo;s vertical axis is fitted to that practice&rsquo;s figures, so that its changes are visible; tick
          &ldquo;Same scale for all six&rdquo; to compare the practices with each other. A process limit beyond 1 or 5 is
          not drawn (no score can reach it); the data table gives it.
        </li>
        <li>A gap in the line is a month not shown; point at the tick under it, or read the data table, for why.</li>
      </ul>
      <h3 className="nhsuk-heading-s">Rebasing a chart</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>{REBASE_HELP.what}</li>
        <li>{REBASE_HELP.suggestion}</li>
        <li>{REBASE_HELP.limits}</li>
        <li>
          A rebase belongs to the chart it was set on: one practice, for the place, sector and role group chosen. A vertical
          line marks it, with its reason, and the data table and the download say which period each month is in.
          Administrators and leaders can set, accept, dismiss and withdraw rebases; a withdrawn rebase stays on record.
        </li>
      </ul>
      <h3 className="nhsuk-heading-s">Rules that flag a special cause</h3>
      <dl className="nhsuk-summary-list">
        {RULES.map((rule) => (
          <div className="nhsuk-summary-list__row" key={rule}>
            <dt className="nhsuk-summary-list__key">{ruleLabel(rule)}</dt>
            <dd className="nhsuk-summary-list__value">{XMR_HELP.rules[rule]}</dd>
          </div>
        ))}
      </dl>
      <h3 className="nhsuk-heading-s">Variation</h3>
      <dl className="nhsuk-summary-list">
        {VARIATIONS.map((variation) => (
          <div className="nhsuk-summary-list__row" key={variation}>
            <dt className="nhsuk-summary-list__key">{variationMark(variation).label}</dt>
            <dd className="nhsuk-summary-list__value">{XMR_HELP.variation[variation]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
