import { CHANGE_READING_LABELS } from '@stewardship/actions';
import { variationMark } from '@stewardship/web-charts';
import Papa from 'papaparse';
import { confidenceText, formatPowerValue, formatReviewValue, formatScore, weakLinkKindName, type MonthlyReview } from './review-format';

/** One row of the review's CSV: a figure as the page shows it. */
export interface ReviewCsvRow {
  Section: string;
  Figure: string;
  Month: string;
  Value: string;
  n: string;
  CI: string;
  Variation: string;
  Line: string;
}

export const REVIEW_SECTIONS = {
  practiceScores: 'Practice scores',
  changes: 'What changed and is it real',
  network: 'Network snapshot',
  power: 'Power sharing',
  claims: 'Claims',
  actions: 'Suggested actions',
} as const;

const row = (fields: Partial<ReviewCsvRow> & Pick<ReviewCsvRow, 'Section' | 'Figure' | 'Month'>): ReviewCsvRow => ({
  Section: fields.Section,
  Figure: fields.Figure,
  Month: fields.Month,
  Value: fields.Value ?? '',
  n: fields.n ?? '',
  CI: fields.CI ?? '',
  Variation: fields.Variation ?? '',
  Line: fields.Line ?? '',
});

/** A section that has nothing says why, in a row of its own, as the page does. */
const missingRow = (section: string, month: string, reason: string | null) => (reason ? [row({ Section: section, Figure: 'Not shown', Month: month, Line: reason })] : []);

/**
 * Every figure the review page shows, built from the same query's answer: each practice's month (and the months of
 * its sparkline's data table), each change with its reading, the network's counts, weak links, isolates and broken
 * bridges, each power figure's month and trend with the "too cosy" warning, the claims counted and listed, and the
 * suggested actions with the figures they cite. A hidden score keeps its row with the reason in "Line".
 */
export function reviewCsvRows(review: MonthlyReview): ReviewCsvRow[] {
  const { month } = review;
  const rows: ReviewCsvRow[] = [];

  const scores = REVIEW_SECTIONS.practiceScores;
  rows.push(...missingRow(scores, month, review.practiceScores.missingReason));
  for (const score of review.practiceScores.scores) {
    for (const point of score.series) {
      const reviewed = point.month === month;
      const shown = !point.suppressed && point.mean !== null;
      rows.push(
        row({
          Section: scores,
          Figure: score.name,
          Month: point.month,
          Value: shown ? formatScore(point.mean as number) : '',
          n: point.suppressed ? '' : String(point.n ?? 0),
          CI: shown ? confidenceText(point.confidenceLower, point.confidenceUpper) : '',
          Variation: shown ? variationMark(point.variation).label : '',
          Line: point.suppressed ? (point.suppressionReason ?? 'Hidden to protect respondents') : reviewed ? score.line : '',
        }),
      );
    }
  }

  const changes = REVIEW_SECTIONS.changes;
  rows.push(...missingRow(changes, month, review.changes.missingReason));
  for (const change of review.changes.changes) {
    rows.push(
      row({
        Section: changes,
        Figure: change.label,
        Month: change.month,
        Value: formatReviewValue(change.area, change.key, change.value),
        Variation: CHANGE_READING_LABELS[change.reading],
        Line: change.line,
      }),
    );
  }

  const network = REVIEW_SECTIONS.network;
  rows.push(...missingRow(network, month, review.network.missingReason));
  const counts: [string, number | null][] = [
    ['Respondent partners', review.network.respondentOrganisations],
    ['Partners', review.network.partners],
    ['Ties', review.network.ties],
    ...review.network.weakLinkCounts.map((count): [string, number] => [`Weak links: ${weakLinkKindName(count.kind)}`, count.count]),
  ];
  for (const [figure, value] of counts) if (value !== null) rows.push(row({ Section: network, Figure: figure, Month: month, Value: String(value) }));
  for (const link of review.network.mostSerious) {
    const pair = link.targetName ? `${link.sourceName} – ${link.targetName}` : link.sourceName;
    rows.push(row({ Section: network, Figure: `Serious weak link: ${pair}`, Month: month, Value: weakLinkKindName(link.kind), Line: link.reason }));
  }
  for (const isolate of review.network.newIsolates) {
    rows.push(row({ Section: network, Figure: `New isolate: ${isolate.name}`, Month: month, Value: '0 ties', Line: `${isolate.previousDegree} ties the month before` }));
  }
  for (const bridge of review.network.brokenBridges) {
    rows.push(row({ Section: network, Figure: `Broken bridge: ${bridge.sourceName} – ${bridge.targetName}`, Month: month, Line: 'A bridge the month before, no rating either way now' }));
  }

  const power = REVIEW_SECTIONS.power;
  rows.push(...missingRow(power, month, review.power.missingReason));
  for (const figure of review.power.figures) {
    for (const point of figure.trend) {
      rows.push(
        row({
          Section: power,
          Figure: figure.name,
          Month: point.month,
          Value: point.value === null ? '' : formatPowerValue(figure.figure, point.value),
          Variation: point.value === null ? '' : variationMark(point.variation).label,
          Line: point.month === month ? figure.line : '',
        }),
      );
    }
  }
  const cosy = review.power.tooCosy;
  rows.push(row({ Section: power, Figure: 'Too cosy? warning', Month: cosy.latestMonth ?? month, Value: cosy.warning ? 'On' : 'Off', Line: tooCosyLine(cosy) }));

  const claims = REVIEW_SECTIONS.claims;
  rows.push(...missingRow(claims, month, review.claims.missingReason));
  if (!review.claims.missingReason) {
    rows.push(row({ Section: claims, Figure: 'Claims awaiting review', Month: month, Value: String(review.claims.awaitingReviewCount) }));
    rows.push(row({ Section: claims, Figure: 'Claims whose evidence changed since review', Month: month, Value: String(review.claims.evidenceChangedCount) }));
    for (const claim of review.claims.awaitingReview) rows.push(row({ Section: claims, Figure: 'Awaiting review', Month: claim.madeOn, Line: claim.text }));
    for (const claim of review.claims.evidenceChanged) rows.push(row({ Section: claims, Figure: 'Evidence changed since review', Month: claim.madeOn, Line: claim.text }));
  }

  const actions = REVIEW_SECTIONS.actions;
  rows.push(...missingRow(actions, month, review.actions.missingReason));
  for (const action of review.actions.actions) {
    const cited = action.figures.map((figure) => `${figure.label}: ${figure.value}`).join('; ');
    rows.push(row({ Section: actions, Figure: `Action ${action.rank}`, Month: month, Value: cited, Line: action.text }));
  }
  return rows;
}

/** The warning in words, or that it is off. */
export function tooCosyLine(cosy: MonthlyReview['power']['tooCosy']): string {
  const parts = [
    cosy.dissentWarning ? `No dissent recorded for ${cosy.dissentMonths.length} months in a row` : null,
    cosy.conflictSurfacedWarning ? `No conflict surfaced for ${cosy.conflictSurfacedMonths.length} months in a row` : null,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'Dissent and conflict surfaced have both been recorded in the run of months';
}

export function reviewCsv(review: MonthlyReview): string {
  // Names, claims and reasons are text a spreadsheet must not run as a formula.
  return Papa.unparse(reviewCsvRows(review), { escapeFormulae: true });
}

/** monthly-review-2026-11.csv, or monthly-review-2026-11-ashby.csv for a place. */
export function reviewCsvName(review: MonthlyReview): string {
  const place = review.placeName ? `-${review.placeName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  return `monthly-review-${review.month}${place}.csv`;
}
