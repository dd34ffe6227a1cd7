import { XmrChartWithTable } from '@stewardship/web-charts';
import { useMemo } from 'react';
import type { ClaimEvidenceReadingFieldsFragment } from '../../../generated/graphql';
import { agreementText, changeText, formatValue } from '../utils/claim-display';
import { claimPeriodStart, EVIDENCE_TABLE_COLUMNS, evidenceChartPoints, evidencePointDetails, evidenceTableRows } from '../utils/evidence-chart';

interface EvidenceReadingProps {
  /** Prefix for the chart's ids: unique on the page. */
  id: string;
  title: string;
  reading: ClaimEvidenceReadingFieldsFragment;
}

/**
 * What one figure says about the claim: its mean in the period before and in the claim's period, whether the change
 * is a signal or noise, whether it agrees and why, and its values as a small XmR chart with the data table.
 */
export function EvidenceReading({ id, title, reading }: EvidenceReadingProps) {
  const points = useMemo(() => evidenceChartPoints(reading), [reading]);
  const start = claimPeriodStart(reading);
  const rebases = useMemo(() => (start ? [{ month: start, label: 'The claim’s period starts' }] : undefined), [start]);
  const change = changeText(reading);
  return (
    <>
      <dl className="app-figure-values">
        {reading.weighed ? (
          <>
            <div>
              <dt>The period before</dt>
              <dd>
                {formatValue(reading.meanBefore)} <span className="app-secondary-text">(mean of {reading.pointsBefore})</span>
              </dd>
            </div>
            <div>
              <dt>The claim’s period</dt>
              <dd>
                {formatValue(reading.meanDuring)} <span className="app-secondary-text">(mean of {reading.pointsDuring})</span>
              </dd>
            </div>
            <div>
              <dt>Change</dt>
              <dd>{change}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>Bears on the claim</dt>
          <dd>{agreementText(reading)}</dd>
        </div>
      </dl>
      <p className="nhsuk-body-s">{reading.reason}</p>
      {reading.suppressedPoints > 0 ? (
        <p className="nhsuk-body-s">
          {reading.suppressedPoints} value{reading.suppressedPoints === 1 ? ' is' : 's are'} withheld to protect a small group.
        </p>
      ) : null}
      {points.length > 0 ? (
        <XmrChartWithTable
          id={id}
          title={`${title}: the period before and the claim’s period`}
          description={`${title} each month, the period before and then the claim’s period. The mean and limits are the period before’s; a marked value in the claim’s period is a signal (special cause).`}
          points={points}
          describePoint={(index) => evidencePointDetails(reading, index)}
          monthsLabel={`Months on the ${title} chart. Use the arrow keys to move between months.`}
          rebases={rebases}
          height={150}
          tableCaption={`${title}: values in the two periods`}
          tableColumns={EVIDENCE_TABLE_COLUMNS}
          tableRows={evidenceTableRows(reading)}
        />
      ) : null}
    </>
  );
}
