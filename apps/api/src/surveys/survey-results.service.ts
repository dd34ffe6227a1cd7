import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { latestClosedMonth, latestOpenedMonth, networkRatingDigests, networkRatings, ratedMonths, roundState, scoreCells, type NetworkRatingRow, type RoundState, type ScoreCell } from './surveys.queries';

/** What other areas may read of the survey's results: counts, and ratings without their notes; never a response or a person. */
@Injectable()
export class SurveyResultsService {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {}

  latestOpenedMonth(systemId: string): Promise<string> {
    return latestOpenedMonth(this.db, systemId);
  }

  practiceScoreCells(systemId: string, fromMonth: string, toMonth: string): Promise<ScoreCell[]> {
    return scoreCells(this.db, 'practices', systemId, fromMonth, toMonth);
  }

  summaryAnswerCells(systemId: string, fromMonth: string, toMonth: string): Promise<ScoreCell[]> {
    return scoreCells(this.db, 'summaryQuestions', systemId, fromMonth, toMonth);
  }

  /** The months (yyyy-mm) with relationship ratings, newest first. */
  ratedMonths(systemId: string): Promise<string[]> {
    return ratedMonths(this.db, systemId);
  }

  /** Where the survey round of a month (yyyy-mm) stands: none opened, open, or closed. */
  roundState(systemId: string, month: string): Promise<RoundState> {
    return roundState(this.db, systemId, month);
  }

  /** The newest month (yyyy-mm) whose survey round has closed, with or without ratings; null when none has. */
  latestClosedMonth(systemId: string): Promise<string | null> {
    return latestClosedMonth(this.db, systemId);
  }

  /**
   * Each month's relationship ratings among a network's partners, for the partner network to aggregate into
   * organisation ties: who rated whom, trust, value and contact, never the response, the person or a note.
   */
  networkRatings(systemId: string, organisationIds: readonly string[], fromMonth: string, toMonth: string): Promise<{ month: string; digest: string; ratings: NetworkRatingRow[] }[]> {
    return networkRatings(this.db, systemId, organisationIds, fromMonth, toMonth);
  }

  /** A digest of each month's ratings among a network's partners (the one networkRatings gives), by month. */
  networkRatingDigests(systemId: string, organisationIds: readonly string[], fromMonth: string, toMonth: string): Promise<Map<string, string>> {
    return networkRatingDigests(this.db, systemId, organisationIds, fromMonth, toMonth);
  }
}
