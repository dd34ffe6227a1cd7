import {
  CLAIM_EVIDENCE_NOTE_MAX_LENGTH,
  CLAIM_MADE_BY_ROLE_MAX_LENGTH,
  CLAIM_MAX_PARTNERS,
  CLAIM_PERIOD_MAX_MONTHS,
  CLAIM_SOURCE_PAGE_MAX_LENGTH,
  CLAIM_SOURCE_TITLE_MAX_LENGTH,
  CLAIM_TEXT_MAX_LENGTH,
  EVIDENCE_TITLE_MAX_LENGTH,
  evidenceUrlProblem,
  isoDateProblem,
  requiredTextProblem,
  textProblem,
  type PracticeKey,
} from '@stewardship/domain';
import { NETWORK_MEASURE_DEFINITIONS, type ClaimDirection, type NetworkMeasure } from '@stewardship/evidence';
import { FieldErrors } from '../common/errors';
import { isUuid } from '../common/ids';
import type { PowerFigure } from '../power/models/power.model';
import type { ClaimEvidenceInput } from './dto/claim-evidence.input';
import type { ClaimInput } from './dto/claim.input';
import type { ClaimEvidenceKind } from './models/claim-enums';

export interface NormalisedClaim {
  text: string;
  sourceTitle: string;
  sourceUrl: string | null;
  sourcePage: string | null;
  madeById: string;
  madeByRole: string;
  madeOn: string;
  from: string;
  to: string;
  practices: PracticeKey[];
  direction: ClaimDirection;
  placeId: string | null;
  partnerIds: string[];
}

/** A link as it will be stored: the reference fields its kind uses, every other one null. */
export interface NormalisedEvidence {
  kind: ClaimEvidenceKind;
  decisionId: string | null;
  powerFigure: PowerFigure | null;
  practice: PracticeKey | null;
  placeId: string | null;
  organisationId: string | null;
  networkMeasure: NetworkMeasure | null;
  documentTitle: string | null;
  documentUrl: string | null;
  note: string | null;
}

const NOT_IN_SYSTEM = 'is not one of your system';
const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');
const optional = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/**
 * Tidies a claim as typed (trimmed text, practices and partners once each) and records every problem that needs no
 * database to find, under the field the form shows it by. Whether the organisation, place and partners are the
 * caller's system's is checked by the service.
 */
export function normaliseClaimInput(input: ClaimInput, errors: FieldErrors): NormalisedClaim {
  const text = input.text.trim();
  errors.add('text', requiredTextProblem(text, 'Text of the claim', CLAIM_TEXT_MAX_LENGTH));
  const sourceTitle = oneLine(input.sourceTitle);
  errors.add('sourceTitle', requiredTextProblem(sourceTitle, 'Title of the document it was made in', CLAIM_SOURCE_TITLE_MAX_LENGTH));
  const sourceUrl = optional(input.sourceUrl);
  if (sourceUrl) errors.add('sourceUrl', evidenceUrlProblem(sourceUrl));
  const sourcePage = optional(input.sourcePage);
  if (sourcePage) errors.add('sourcePage', textProblem(sourcePage, 'Page', CLAIM_SOURCE_PAGE_MAX_LENGTH));
  if (!isUuid(input.madeById)) errors.add('madeById', `The organisation ${NOT_IN_SYSTEM}`);
  const madeByRole = oneLine(input.madeByRole);
  errors.add('madeByRole', requiredTextProblem(madeByRole, 'Role of whoever made it', CLAIM_MADE_BY_ROLE_MAX_LENGTH));
  errors.add('madeOn', isoDateProblem(input.madeOn, 'the day the claim was made'));
  errors.add('from', isoDateProblem(input.from, 'the first day of the period it speaks of'));
  errors.add('to', isoDateProblem(input.to, 'the last day of the period it speaks of'));
  if (!errors.has('from') && !errors.has('to')) {
    if (input.to < input.from) errors.add('to', 'The last day must not be before the first day');
    else if (monthIndex(input.to) - monthIndex(input.from) + 1 > CLAIM_PERIOD_MAX_MONTHS) errors.add('to', `Choose a period of at most ${CLAIM_PERIOD_MAX_MONTHS} calendar months`);
    if (!errors.has('madeOn') && input.from > input.madeOn) errors.add('from', 'The period must start on or before the day the claim was made');
  }
  const practices = [...new Set(input.practices)];
  if (!practices.length) errors.add('practices', 'Choose at least one practice the claim concerns');
  const placeId = input.placeId || null;
  if (placeId && !isUuid(placeId)) errors.add('placeId', `The place ${NOT_IN_SYSTEM}`);
  const partnerIds = [...new Set(input.partnerIds)];
  if (partnerIds.length > CLAIM_MAX_PARTNERS) errors.add('partnerIds', `Name at most ${CLAIM_MAX_PARTNERS} partners`);
  partnerIds.forEach((id, i) => {
    if (!isUuid(id)) errors.add(`partnerIds.${i}`, `The partner ${NOT_IN_SYSTEM}`);
  });
  return { text, sourceTitle, sourceUrl, sourcePage, madeById: input.madeById, madeByRole, madeOn: input.madeOn, from: input.from, to: input.to, practices, direction: input.direction, placeId, partnerIds };
}

type ReferenceField = 'decisionId' | 'powerFigure' | 'practice' | 'placeId' | 'organisationId' | 'networkMeasure' | 'documentTitle' | 'documentUrl';
const REFERENCE_FIELDS: readonly ReferenceField[] = ['decisionId', 'powerFigure', 'practice', 'placeId', 'organisationId', 'networkMeasure', 'documentTitle', 'documentUrl'];

/** The reference fields each kind of evidence uses, and what to say when a required one is missing. */
const KIND_FIELDS: Record<ClaimEvidenceKind, { uses: readonly ReferenceField[]; requires: Partial<Record<ReferenceField, string>> }> = {
  DECISION: { uses: ['decisionId'], requires: { decisionId: 'Choose the decision' } },
  POWER_INDICATOR: { uses: ['powerFigure', 'placeId'], requires: { powerFigure: 'Choose the power-sharing figure' } },
  PRACTICE_SCORE: { uses: ['practice', 'placeId'], requires: { practice: 'Choose the practice' } },
  NETWORK_MEASURE: { uses: ['networkMeasure', 'placeId', 'organisationId'], requires: { networkMeasure: 'Choose the network measure' } },
  DOCUMENT: { uses: ['documentTitle', 'documentUrl'], requires: { documentTitle: 'Enter the title of the document', documentUrl: 'Enter the address of the document' } },
};

const KIND_NAMES: Record<ClaimEvidenceKind, string> = {
  DECISION: 'a decision',
  POWER_INDICATOR: 'a power-sharing figure',
  PRACTICE_SCORE: 'a practice score',
  NETWORK_MEASURE: 'a network measure',
  DOCUMENT: 'a document',
};

/**
 * Checks a piece of evidence as typed: the fields its kind needs are there, the others are empty, and each says
 * something the database can hold. Whether the claim, decision, place and partner are the caller's system's is
 * checked by the service.
 */
export function normaliseEvidenceInput(input: ClaimEvidenceInput, errors: FieldErrors): NormalisedEvidence {
  const { uses, requires } = KIND_FIELDS[input.kind];
  const given = (field: ReferenceField) => {
    const value = input[field];
    return typeof value === 'string' ? value.trim() !== '' : value != null;
  };
  for (const field of REFERENCE_FIELDS) {
    if (given(field) && !uses.includes(field)) errors.add(field, `This is not part of ${KIND_NAMES[input.kind]}: leave it empty`);
    else if (!given(field) && requires[field]) errors.add(field, requires[field]);
  }
  const kept = <F extends ReferenceField>(field: F) => (uses.includes(field) && given(field) ? input[field] : null) as NonNullable<ClaimEvidenceInput[F]> | null;
  const decisionId = kept('decisionId');
  if (decisionId && !isUuid(decisionId)) errors.add('decisionId', 'The decision is not in your log');
  const placeId = kept('placeId');
  if (placeId && !isUuid(placeId)) errors.add('placeId', `The place ${NOT_IN_SYSTEM}`);
  const organisationId = kept('organisationId');
  if (organisationId && !isUuid(organisationId)) errors.add('organisationId', `The partner ${NOT_IN_SYSTEM}`);
  const networkMeasure = kept('networkMeasure');
  if (networkMeasure) {
    const definition = NETWORK_MEASURE_DEFINITIONS[networkMeasure];
    if (definition.of === 'partner' && !organisationId) errors.add('organisationId', `${definition.label} is a partner’s measure: choose the partner`);
    if (definition.of === 'partner' && placeId) errors.add('placeId', `${definition.label} is a partner’s measure: leave the place empty`);
    if (definition.of === 'network' && organisationId) errors.add('organisationId', `${definition.label} is a network’s measure: choose a place, or none for the whole system, not a partner`);
  }
  const documentTitle = kept('documentTitle') === null ? null : oneLine(input.documentTitle as string);
  if (documentTitle) errors.add('documentTitle', requiredTextProblem(documentTitle, 'Title of the document', EVIDENCE_TITLE_MAX_LENGTH));
  const documentUrl = kept('documentUrl') === null ? null : (input.documentUrl as string).trim();
  if (documentUrl) errors.add('documentUrl', evidenceUrlProblem(documentUrl));
  const note = optional(input.note);
  if (note) errors.add('note', textProblem(note, 'Note', CLAIM_EVIDENCE_NOTE_MAX_LENGTH));
  return { kind: input.kind, decisionId, powerFigure: kept('powerFigure'), practice: kept('practice'), placeId, organisationId, networkMeasure, documentTitle, documentUrl, note };
}
