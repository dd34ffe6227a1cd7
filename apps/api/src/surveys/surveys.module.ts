import { Module } from '@nestjs/common';
import { SurveyFormResolver, SurveyInvitationsResolver, SurveyRoundsResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

@Module({ providers: [SurveysService, SurveyRoundsResolver, SurveyInvitationsResolver, SurveyFormResolver] })
export class SurveysModule {}
