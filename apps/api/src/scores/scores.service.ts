import { Injectable } from '@nestjs/common';
import { isoMonthProblem } from '@stewardship/domain';
import { FieldErrors, forbidden } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { SurveyResultsService } from '../surveys/survey-results.service';
import { SystemsService } from '../systems/systems.service';
import type { ScoreFilter } from './dto/score-filter.input';
import type { ScoreCell } from '../surveys/surveys.queries';
import type { PracticeScoreSeriesModel, SummaryScoreSeriesModel } from './models/practice-score.model';
import { practiceSeries, summarySeries, type ScoreGroup } from './practice-series';

/** The last `count` months ending with `last`, as yyyy-mm, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

/** Practice scores: reads the survey's counts, and lets libs/scores, libs/disclosure and libs/spc decide the figures. */
@Injectable()
export class ScoresService {
  constructor(
    private readonly results: SurveyResultsService,
    private readonly systems: SystemsService,
  ) {}

  /** The series end at `toMonth` (yyyy-mm) when given, else at the latest month a round has opened. */
  practiceScores(caller: Caller, requested: ScoreFilter | null | undefined, monthCount: number, toMonth?: string | null): Promise<PracticeScoreSeriesModel[]> {
    return this.series(caller, requested, monthCount, toMonth, (from, to) => this.results.practiceScoreCells(caller.systemId, from, to), practiceSeries);
  }

  /** Direction, alignment and commitment, over the same months and under the same rules as `practiceScores`. */
  summaryScores(caller: Caller, requested: ScoreFilter | null | undefined, monthCount: number, toMonth?: string | null): Promise<SummaryScoreSeriesModel[]> {
    return this.series(caller, requested, monthCount, toMonth, (from, to) => this.results.summaryAnswerCells(caller.systemId, from, to), summarySeries);
  }

  private async series<T>(
    caller: Caller,
    requested: ScoreFilter | null | undefined,
    monthCount: number,
    toMonth: string | null | undefined,
    readCells: (fromMonth: string, toMonth: string) => Promise<ScoreCell[]>,
    build: (months: readonly string[], cells: readonly ScoreCell[], group: ScoreGroup, minimumGroupSize: number) => T[],
  ): Promise<T[]> {
    const filter = this.scopeFilter(caller, requested ?? {});
    const [minimumGroupSize, latest] = await Promise.all([this.systems.minimumGroupSize(caller.systemId), this.results.latestOpenedMonth(caller.systemId)]);
    if (toMonth != null) {
      const errors = new FieldErrors();
      const problem = isoMonthProblem(toMonth);
      // yyyy-mm compares as text; a later month has no opened round, so nothing to show.
      errors.add('toMonth', problem ?? (toMonth > latest ? `Choose ${latest} or an earlier month: no survey round has opened after it` : null));
      errors.throwIfAny();
    }
    const months = monthsEnding(toMonth ?? latest, Math.min(Math.max(monthCount, 1), 60));
    if (filter.placeId && !isUuid(filter.placeId)) return build(months, [], filter, minimumGroupSize);
    // Every cell of the months, whatever the filter: the disclosure plan needs the whole population.
    return build(months, await readCells(months[0], months[months.length - 1]), filter, minimumGroupSize);
  }

  /** A place lead sees their own place's scores only; everyone else sees the system, optionally narrowed. */
  private scopeFilter(caller: Caller, filter: ScoreFilter): ScoreFilter {
    if (caller.role !== 'PLACE_LEAD') return filter;
    if (filter.placeId && filter.placeId !== caller.placeId) throw forbidden("A place lead can see their own place's scores only");
    return { ...filter, placeId: caller.placeId };
  }
}
