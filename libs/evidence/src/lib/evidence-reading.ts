import { xmr, XMR_DEFAULTS, type SpcRule } from '@stewardship/spc';
import { expectedMovement, type ClaimDirection, type Improvement, type Movement } from './claim-directions';
import { inPeriod, periodBefore, type ClaimPeriod } from './claim-period';

/** One figure's series as evidence for a claim: its values by date, which way is better, and the claim's period. */
export interface EvidenceSeries {
  /** Values by ISO date (monthly figures dated the first of their month); points outside the two periods are ignored. */
  series: readonly { date: string; value: number }[];
  improvement: Improvement;
  /** The claim's period. */
  period: ClaimPeriod;
  /** Points in the claim's period or the period before whose value was withheld to protect a small group (not in `series`). */
  suppressedPoints?: number;
}

/** The fewest points each period needs before a figure is judged. */
export const EVIDENCE_RULES = {
  /** Limits from fewer points than this would be too rough to tell a signal from noise. */
  minimumPointsBefore: 6,
  /** Fewer than this and a claim about the period rests on one or two values. */
  minimumPointsDuring: 3,
} as const;

export interface EvidenceReading {
  /** Whether the figure points the way the claim says; null when it cannot be judged. */
  agrees: boolean | null;
  /** Whether the claim's period shows a special cause against the period before's process. */
  signal: boolean;
  /** The reading in words. */
  reason: string;
  periodBefore: ClaimPeriod;
  pointsBefore: number;
  pointsDuring: number;
  /** Means of the points in each period; null with no points. */
  meanBefore: number | null;
  meanDuring: number | null;
  /** The period before's process limits; null when the figure was not judged. */
  lowerLimit: number | null;
  upperLimit: number | null;
  /** The movement that would agree with the claim; null when the claim speaks of better or worse and the figure has no better way. */
  expected: Movement | null;
  /** What the figure did: the way its latest special cause points, or else its mean's; 'same' when the means are equal; null when not judged. */
  movement: Movement | 'same' | null;
  /** Dates in the claim's period that a special-cause rule flags. */
  signalDates: string[];
  /** The rules that flag them. */
  rules: SpcRule[];
}

const { shiftLength, trendLength } = XMR_DEFAULTS;
const { minimumPointsBefore, minimumPointsDuring } = EVIDENCE_RULES;

/** The per-figure rules, in words built from the same constants, for the UI. */
export const EVIDENCE_READING_HELP = {
  periods:
    'Each figure’s values in the claim’s period are compared with its values in the period just before, of the same length ' +
    '(the same number of whole months when the claim’s period is whole months, otherwise the same number of days). ' +
    'Monthly figures are dated the first day of their month.',
  enoughPoints:
    `A figure is judged only with at least ${minimumPointsBefore} values in the period before and ${minimumPointsDuring} in the claim’s period, ` +
    'and no value withheld in either to protect a small group; otherwise it is not enough evidence.',
  signal:
    'The period before sets the process: its mean and limits (mean ± 2.66 × its average moving range). A value in the claim’s period is a signal ' +
    `(special cause) when it lies outside those limits, is one of ${shiftLength} or more in a row on one side of the mean, one of ${trendLength} or more ` +
    'rising or falling in a row, or one of 2 of 3 in a row beyond two-thirds of the way to a limit. Runs may start in the period before.',
  agrees:
    'A signal agrees with the claim when it points the way the claim says (see the claim’s direction); when signals in the claim’s period point ' +
    'both ways, the latest decides. A figure with no signal shows noise: it agrees when its mean moved the way the claim says, but noise neither ' +
    'bears a claim out nor contradicts it.',
} as const;

const RULE_WORDS: Record<SpcRule, string> = {
  outside: 'outside the limits',
  shift: `${shiftLength} or more on one side of the mean`,
  trend: `${trendLength} or more rising or falling`,
  twoOfThree: '2 of 3 near a limit',
};

/** Three significant figures, without trailing zeros: 0.7234 → 0.723, 11 → 11. */
const figure = (value: number) => String(Number(value.toPrecision(3)));
const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);
const sortedByDate = <T extends { date: string }>(points: readonly T[]) => [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * Reads one figure against a claim: its values in the claim's period against the period before (see
 * EVIDENCE_READING_HELP). Not judged (agrees null) when any point of the two periods is suppressed, when either period
 * has too few points (EVIDENCE_RULES), or when the claim speaks of better or worse and the figure has no better way.
 * Otherwise the period before's values fix an XmR chart's mean and limits, the claim's period's values are read
 * against them with the four special-cause rules (libs/spc `xmr`), and the latest flagged value's side says which way
 * the signal points; with no flagged value, the difference of the two means does.
 */
export function readEvidence(direction: ClaimDirection, evidence: EvidenceSeries): EvidenceReading {
  const before = periodBefore(evidence.period);
  const pointsBefore = sortedByDate(evidence.series.filter((p) => inPeriod(p.date, before)));
  const pointsDuring = sortedByDate(evidence.series.filter((p) => inPeriod(p.date, evidence.period)));
  const suppressed = evidence.suppressedPoints ?? 0;
  if (!Number.isInteger(suppressed) || suppressed < 0) throw new Error(`suppressedPoints must be a whole number of at least 0; got ${String(suppressed)}`);
  const expected = expectedMovement(direction, evidence.improvement);
  const meanBefore = mean(pointsBefore.map((p) => p.value));
  const meanDuring = mean(pointsDuring.map((p) => p.value));
  const reading = (fields: Pick<EvidenceReading, 'agrees' | 'signal' | 'reason'> & Partial<EvidenceReading>): EvidenceReading => ({
    periodBefore: before,
    pointsBefore: pointsBefore.length,
    pointsDuring: pointsDuring.length,
    meanBefore,
    meanDuring,
    lowerLimit: null,
    upperLimit: null,
    expected,
    movement: null,
    signalDates: [],
    rules: [],
    ...fields,
  });
  const notJudged = (reason: string) => reading({ agrees: null, signal: false, reason: `Not enough evidence: ${reason}` });

  if (suppressed > 0) {
    return notJudged(`${suppressed} value${suppressed === 1 ? ' was' : 's were'} withheld to protect a small group, so the rest could mislead.`);
  }
  if (pointsBefore.length < minimumPointsBefore) {
    return notJudged(`${pointsBefore.length} value${pointsBefore.length === 1 ? '' : 's'} in the period before (${before.from} to ${before.to}); at least ${minimumPointsBefore} are needed.`);
  }
  if (pointsDuring.length < minimumPointsDuring) {
    return notJudged(`${pointsDuring.length} value${pointsDuring.length === 1 ? '' : 's'} in the claim’s period; at least ${minimumPointsDuring} are needed.`);
  }
  if (expected === null) {
    return notJudged(`neither way is better for this figure, so it cannot say whether things got better or worse.`);
  }

  // 'neither' classes flagged points by their side (neitherHigh, neitherLow), whatever way is better for the figure.
  const chart = xmr([...pointsBefore, ...pointsDuring], { improvement: 'neither', fixAfterPoints: pointsBefore.length, minimumPoints: minimumPointsBefore });
  const duringChart = chart.points.slice(pointsBefore.length);
  const flagged = duringChart.filter((p) => p.variation !== 'common');
  const [{ mean: processMean, lowerLimit, upperLimit }] = chart.periods;
  const process = `the period before’s mean ${figure(processMean as number)}, limits ${figure(lowerLimit as number)} to ${figure(upperLimit as number)}`;
  const limits = { lowerLimit, upperLimit };

  if (flagged.length) {
    const movement: Movement = flagged[flagged.length - 1].variation === 'neitherHigh' ? 'higher' : 'lower';
    const rules = [...new Set(flagged.flatMap((p) => p.rules))];
    const agrees = movement === expected;
    return reading({
      ...limits,
      agrees,
      signal: true,
      movement,
      signalDates: flagged.map((p) => p.date),
      rules,
      reason:
        `Signal: ${movement} than ${process} (${rules.map((rule) => RULE_WORDS[rule]).join('; ')}, from ${flagged[0].date}), ` +
        (agrees ? 'the way the claim says.' : 'against the claim.'),
    });
  }

  const change = (meanDuring as number) - (meanBefore as number);
  const movement = change > 0 ? 'higher' : change < 0 ? 'lower' : 'same';
  const agrees = movement === expected;
  return reading({
    ...limits,
    agrees,
    signal: false,
    movement,
    reason:
      `Noise: the claim’s period averages ${figure(meanDuring as number)} against ${figure(meanBefore as number)} before, with no special cause against ${process}. ` +
      (movement === 'same' ? 'It did not move.' : `It moved ${agrees ? 'the way the claim says' : 'against the claim'}, by no more than chance.`),
  });
}
