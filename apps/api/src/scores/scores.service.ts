import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isoMonthProblem, isPracticeKey, isSummaryQuestionKey, rebaseReasonProblem } from '@stewardship/domain';
import { DataSource } from 'typeorm';
import { FieldErrors, forbidden, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { transactionWithUniqueFields } from '../common/unique-violation';
import { SurveyResultsService } from '../surveys/survey-results.service';
import { SystemsService } from '../systems/systems.service';
import type { ScoreFilter } from './dto/score-filter.input';
import type { RebaseSuggestionDismissalInput, ScoreRebaseInput } from './dto/score-rebase.input';
import type { ScoreCell } from '../surveys/surveys.queries';
import type { PracticeScoreSeriesModel, ScoreSeriesFields, SummaryScoreSeriesModel } from './models/practice-score.model';
import type { ScoreRebaseModel } from './models/score-rebase.model';
import { practiceSeries, summarySeries, type ScoreGroup, type SeriesRebases } from './practice-series';
import { activeRebases, dismissedSuggestions, hasActiveRebase, insertDismissal, insertRebase, markRebaseWithdrawn, rebaseById } from './scores.queries';

/** The last `count` months ending with `last`, as yyyy-mm, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The most months one chart shows, and so the furthest back a rebase can be set from a month. */
const MAX_MONTHS = 60;

const DUPLICATE_REBASE = 'This chart already has a rebase at that month';

/** Where one kind of chart's answers are counted, and how its series are built from them. */
interface SeriesKind<T> {
  cells: (results: SurveyResultsService, systemId: string, fromMonth: string, toMonth: string) => Promise<ScoreCell[]>;
  build: (months: readonly string[], cells: readonly ScoreCell[], group: ScoreGroup, minimumGroupSize: number, rebases: SeriesRebases) => T[];
}
const PRACTICE_SCORES: SeriesKind<PracticeScoreSeriesModel> = { cells: (results, ...range) => results.practiceScoreCells(...range), build: practiceSeries };
const SUMMARY_SCORES: SeriesKind<SummaryScoreSeriesModel> = { cells: (results, ...range) => results.summaryAnswerCells(...range), build: summarySeries };

/**
 * Practice scores: reads the survey's counts, and lets libs/scores, libs/disclosure and libs/spc decide the figures.
 * Owns the charts' rebases and dismissed rebase suggestions.
 */
@Injectable()
export class ScoresService {
  constructor(
    private readonly results: SurveyResultsService,
    private readonly systems: SystemsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The series end at `toMonth` (yyyy-mm) when given, else at the latest month a round has opened. */
  practiceScores(caller: Caller, requested: ScoreFilter | null | undefined, monthCount: number, toMonth?: string | null): Promise<PracticeScoreSeriesModel[]> {
    return this.seriesEnding(caller, requested, monthCount, toMonth, PRACTICE_SCORES);
  }

  /** Direction, alignment and commitment, over the same months and under the same rules as `practiceScores`. */
  summaryScores(caller: Caller, requested: ScoreFilter | null | undefined, monthCount: number, toMonth?: string | null): Promise<SummaryScoreSeriesModel[]> {
    return this.seriesEnding(caller, requested, monthCount, toMonth, SUMMARY_SCORES);
  }

  /**
   * The six practices' series for one view from `fromMonth` to `toMonth` (yyyy-mm, inclusive), for areas that weigh
   * the scores as evidence, under the same disclosure and scope as `practiceScores`. Months after the latest opened
   * round are left out (nothing can be shown for them yet); `answeredMonths` are the months in which anyone in the
   * system answered, so that a month before the survey began reads as a gap rather than as a withheld score.
   */
  async practiceScoresBetween(caller: Caller, requested: ScoreFilter | null | undefined, fromMonth: string, toMonth: string): Promise<{ series: PracticeScoreSeriesModel[]; answeredMonths: string[] }> {
    const filter = this.scopeFilter(caller, requested ?? {});
    const errors = new FieldErrors();
    errors.add('fromMonth', isoMonthProblem(fromMonth));
    errors.add('toMonth', isoMonthProblem(toMonth));
    errors.throwIfAny();
    const [minimumGroupSize, latest] = await Promise.all([this.systems.minimumGroupSize(caller.systemId), this.results.latestOpenedMonth(caller.systemId)]);
    const last = toMonth < latest ? toMonth : latest;
    if (last < fromMonth) return { series: [], answeredMonths: [] };
    const months = monthsEnding(last, monthNumber(last) - monthNumber(fromMonth) + 1);
    const { series, cells } = await this.seriesWithCells(caller.systemId, filter, months, minimumGroupSize, PRACTICE_SCORES);
    return { series, answeredMonths: [...new Set(cells.map((cell) => cell.month))].sort() };
  }

  private async seriesEnding<T>(caller: Caller, requested: ScoreFilter | null | undefined, monthCount: number, toMonth: string | null | undefined, kind: SeriesKind<T>): Promise<T[]> {
    const filter = this.scopeFilter(caller, requested ?? {});
    const [minimumGroupSize, latest] = await Promise.all([this.systems.minimumGroupSize(caller.systemId), this.results.latestOpenedMonth(caller.systemId)]);
    if (toMonth != null) {
      const errors = new FieldErrors();
      const problem = isoMonthProblem(toMonth);
      // yyyy-mm compares as text; a later month has no opened round, so nothing to show.
      errors.add('toMonth', problem ?? (toMonth > latest ? `Choose ${latest} or an earlier month: no survey round has opened after it` : null));
      errors.throwIfAny();
    }
    return this.series(caller.systemId, filter, monthsEnding(toMonth ?? latest, Math.min(Math.max(monthCount, 1), MAX_MONTHS)), minimumGroupSize, kind);
  }

  /** Sets a rebase of one practice's chart in the view `input.filter` selects, from a month shown on that chart. */
  async setRebase(caller: Caller, input: ScoreRebaseInput): Promise<ScoreRebaseModel> {
    const view = this.scopeFilter(caller, input.filter ?? {});
    const errors = new FieldErrors();
    const reasonProblem = rebaseReasonProblem(input.reason);
    errors.add('reason', reasonProblem);
    await this.checkChartMonth(caller, view, input.practice, input.month, errors);
    if (!errors.has('practice') && !errors.has('month') && !errors.has('filter.placeId')) {
      errors.add('month', (await hasActiveRebase(this.dataSource.manager, caller.systemId, view, input.practice, input.month)) ? DUPLICATE_REBASE : null);
    }
    errors.throwIfAny();
    // Two leaders setting the same rebase at once both pass the check above; the unique index decides.
    const id = await transactionWithUniqueFields(this.dataSource, { score_rebases_active_month: { field: 'month', message: DUPLICATE_REBASE } }, (tx) =>
      insertRebase(tx, caller.systemId, view, input.practice, input.month, input.reason.trim(), caller.userId),
    );
    return (await rebaseById(this.dataSource.manager, caller.systemId, id)) as ScoreRebaseModel;
  }

  /** Withdraws a rebase: the chart no longer splits there, and the row is kept with who withdrew it and when. */
  async withdrawRebase(caller: Caller, id: string): Promise<ScoreRebaseModel> {
    if (!isUuid(id) || !(await rebaseById(this.dataSource.manager, caller.systemId, id))) throw notFound('There is no such rebase');
    await markRebaseWithdrawn(this.dataSource.manager, caller.systemId, id, caller.userId);
    return (await rebaseById(this.dataSource.manager, caller.systemId, id)) as ScoreRebaseModel;
  }

  /** Stops offering a suggested rebase of one practice's chart, in one view, from that month. */
  async dismissRebaseSuggestion(caller: Caller, input: RebaseSuggestionDismissalInput): Promise<boolean> {
    const view = this.scopeFilter(caller, input.filter ?? {});
    const errors = new FieldErrors();
    await this.checkChartMonth(caller, view, input.practice, input.month, errors);
    errors.throwIfAny();
    await insertDismissal(this.dataSource.manager, caller.systemId, view, input.practice, input.month, caller.userId);
    return true;
  }

  /** The series of `months` for one view, with its rebases and dismissed suggestions. */
  private async series<T>(systemId: string, view: ScoreFilter, months: string[], minimumGroupSize: number, kind: SeriesKind<T>): Promise<T[]> {
    return (await this.seriesWithCells(systemId, view, months, minimumGroupSize, kind)).series;
  }

  /** The series of `months` for one view, and the cells (all the system's) they were made from. */
  private async seriesWithCells<T>(systemId: string, view: ScoreFilter, months: string[], minimumGroupSize: number, kind: SeriesKind<T>): Promise<{ series: T[]; cells: ScoreCell[] }> {
    if (view.placeId && !isUuid(view.placeId)) return { series: kind.build(months, [], view, minimumGroupSize, {}), cells: [] };
    const db = this.dataSource.manager;
    const [cells, rebases, dismissed] = await Promise.all([
      // Every cell of the months, whatever the filter: the disclosure plan needs the whole population.
      kind.cells(this.results, systemId, months[0], months[months.length - 1]),
      activeRebases(db, systemId, view),
      dismissedSuggestions(db, systemId, view),
    ]);
    return { series: kind.build(months, cells, view, minimumGroupSize, { rebases, dismissed }), cells };
  }

  /**
   * Adds a field error unless `practice` is a practice and `month` a month its chart in `view` shows with earlier months
   * before it: a rebase there splits the chart; anywhere else it would split nothing a reader can see.
   */
  private async checkChartMonth(caller: Caller, view: ScoreFilter, practice: string, month: string, errors: FieldErrors): Promise<void> {
    errors.add('practice', isPracticeKey(practice) || isSummaryQuestionKey(practice) ? null : 'Choose one of the six practices, or direction, alignment or commitment');
    errors.add('month', isoMonthProblem(month));
    errors.add('filter.placeId', view.placeId && !isUuid(view.placeId) ? 'Choose a place from the list' : null);
    if (errors.has('practice') || errors.has('month') || errors.has('filter.placeId')) return;
    const [minimumGroupSize, latest] = await Promise.all([this.systems.minimumGroupSize(caller.systemId), this.results.latestOpenedMonth(caller.systemId)]);
    if (month > latest) {
      errors.add('month', `Choose ${latest} or an earlier month: no survey round has opened after it`);
      return;
    }
    const months = monthsEnding(month, MAX_MONTHS);
    const series: (ScoreSeriesFields & { key: string })[] = isPracticeKey(practice)
      ? (await this.series(caller.systemId, view, months, minimumGroupSize, PRACTICE_SCORES)).map((s) => ({ ...s, key: s.practice }))
      : (await this.series(caller.systemId, view, months, minimumGroupSize, SUMMARY_SCORES)).map((s) => ({ ...s, key: s.question }));
    const points = series.find((s) => s.key === practice)?.points ?? [];
    const shown = (p: (typeof points)[number]) => !p.suppressed && p.mean !== null;
    if (!points.length || !shown(points[points.length - 1])) {
      errors.add('month', `${month} has no scores shown on this chart: choose a month the chart shows`);
    } else if (!points.slice(0, -1).some(shown)) {
      errors.add('month', `${month} is the chart's first month shown: a rebase starts a new period after earlier months`);
    }
  }

  /** A place lead sees their own place's scores only; everyone else sees the system, optionally narrowed. */
  private scopeFilter(caller: Caller, filter: ScoreFilter): ScoreFilter {
    if (caller.role !== 'PLACE_LEAD') return filter;
    if (filter.placeId && filter.placeId !== caller.placeId) throw forbidden("A place lead can see their own place's scores only");
    return { ...filter, placeId: caller.placeId };
  }
}
