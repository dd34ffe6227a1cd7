import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { latestOpenedMonth, scoreCells, type ScoreCell } from './surveys.queries';

/** What other areas may read of the survey's results: counts only, never a response or a person. */
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
}
