import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { InputVersionsModule } from '../input-versions/input-versions.module';
import { NetworkModule } from '../network/network.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlacesModule } from '../places/places.module';
import { PowerModule } from '../power/power.module';
import { ScoresModule } from '../scores/scores.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ClaimDocumentEntity } from './claim-document.entity';
import { ClaimDocumentsController } from './claim-documents.controller';
import { ClaimEvidenceEntity } from './claim-evidence.entity';
import { ClaimSummaryEntity } from './claim-summary.entity';
import { ClaimVerdictEntity } from './claim-verdict.entity';
import { ClaimEntity, ClaimPartnerEntity } from './claim.entity';
import { ClaimsLoaders } from './claims.loaders';
import { ClaimDocumentsResolver, ClaimEvidenceResolver, ClaimsResolver, ClaimVerdictsResolver, ProposedClaimEvidenceResolver } from './claims.resolver';
import { ClaimsService } from './claims.service';

/**
 * Claims checked against evidence (see the claims migration): its five append-only tables and the summaries it keeps
 * of their evidence (claim_summaries) are this module's alone.
 * It reads the figures through the areas that own them: power, scores, decisions and the partner network.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ClaimEntity, ClaimPartnerEntity, ClaimEvidenceEntity, ClaimVerdictEntity, ClaimDocumentEntity, ClaimSummaryEntity]),
    InputVersionsModule,
    AuthModule,
    DecisionsModule,
    NetworkModule,
    OrganisationsModule,
    PlacesModule,
    PowerModule,
    ScoresModule,
    SurveysModule,
  ],
  controllers: [ClaimDocumentsController],
  providers: [ClaimsService, ClaimsLoaders, ClaimsResolver, ClaimEvidenceResolver, ClaimVerdictsResolver, ClaimDocumentsResolver, ProposedClaimEvidenceResolver],
  exports: [ClaimsService],
})
export class ClaimsModule {}
