import { Field, ID, InputType } from '@nestjs/graphql';
import type { PracticeKey } from '@stewardship/domain';
import type { NetworkMeasure } from '@stewardship/evidence';
import { PowerFigureEnum, type PowerFigure } from '../../power/models/power.model';
import { PracticeEnum } from '../../surveys/models/survey-enums';
import { ClaimEvidenceKindEnum, NetworkMeasureEnum, type ClaimEvidenceKind } from '../models/claim-enums';

@InputType({
  description:
    'Evidence to link to a claim. By kind: DECISION needs decisionId; POWER_INDICATOR powerFigure (and placeId, or none for the whole system); ' +
    'PRACTICE_SCORE practice (and placeId or none); NETWORK_MEASURE networkMeasure with organisationId for a partner’s measure (degree, strength, ' +
    'betweenness) or placeId or none for a network’s (density, reciprocity); DOCUMENT documentTitle and documentUrl. Other fields must be empty.',
})
export class ClaimEvidenceInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => ClaimEvidenceKindEnum)
  kind!: ClaimEvidenceKind;

  @Field(() => ID, { nullable: true })
  decisionId?: string | null;

  @Field(() => PowerFigureEnum, { nullable: true })
  powerFigure?: PowerFigure | null;

  @Field(() => PracticeEnum, { nullable: true })
  practice?: PracticeKey | null;

  @Field(() => ID, { nullable: true })
  placeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner whose network measure it is.' })
  organisationId?: string | null;

  @Field(() => NetworkMeasureEnum, { nullable: true })
  networkMeasure?: NetworkMeasure | null;

  @Field(() => String, { nullable: true })
  documentTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'https:// or http://' })
  documentUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it bears on the claim.' })
  note?: string | null;
}
