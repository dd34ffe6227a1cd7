import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { SystemsModule } from '../systems/systems.module';
import { PracticeScoreCountEntity } from './practice-score-count.entity';
import { SummaryAnswerCountEntity } from './summary-answer-count.entity';
import { PracticeScoreEntity } from './practice-score.entity';
import { RelationshipRatingEntity } from './relationship-rating.entity';
import { RelationshipSummaryResolver } from './relationship-summary.resolver';
import { RelationshipSummaryService } from './relationship-summary.service';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyResultsService } from './survey-results.service';
import { SurveyRoundEntity } from './survey-round.entity';
import { SurveyFormResolver, SurveyInvitationsResolver, SurveyRoundsResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

/** Rounds, invitations and responses, and the score counts kept in step with them. Other areas read results only. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SurveyRoundEntity, SurveyInvitationEntity, SurveyResponseEntity, PracticeScoreEntity, RelationshipRatingEntity, PracticeScoreCountEntity, SummaryAnswerCountEntity]),
    PeopleModule,
    OrganisationsModule,
    SystemsModule,
  ],
  providers: [SurveysService, SurveyResultsService, RelationshipSummaryService, RelationshipSummaryResolver, SurveyRoundsResolver, SurveyInvitationsResolver, SurveyFormResolver],
  exports: [SurveyResultsService],
})
export class SurveysModule {}
