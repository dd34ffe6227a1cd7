import type { DemoSurveyRound } from './demo-survey';

/** The last complete month before the demo's "today" in November 2026: where the survey and the decision log end. */
export const DEFAULT_SURVEY_END_MONTH = '2026-10';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since the start of year 0, so that consecutive months are consecutive integers. */
export function monthOrdinal(month: string): number {
  const match = MONTH_PATTERN.exec(month);
  if (!match) {
    throw new RangeError(`Not a yyyy-mm month: ${month}`);
  }
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthFromOrdinal(ordinal: number): string {
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The `count` months up to and including `endMonth`, oldest first. */
export function monthsEnding(endMonth: string, count: number): string[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`Cannot survey ${count} months: give a whole number of at least 1`);
  }
  const end = monthOrdinal(endMonth);
  return Array.from({ length: count }, (_, index) => monthFromOrdinal(end - count + 1 + index));
}

/** Each round opens on the 1st and closes on the 21st, leaving time to report before the board meets. */
export function surveyRound(month: string): DemoSurveyRound {
  monthOrdinal(month);
  return { month, opensOn: `${month}-01`, closesOn: `${month}-21` };
}
