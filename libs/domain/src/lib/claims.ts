import type { Role } from './roles';

/** A claim as quoted from a board paper or strategy: a paragraph, not a chapter. */
export const CLAIM_TEXT_MAX_LENGTH = 2000;
export const CLAIM_SOURCE_TITLE_MAX_LENGTH = 200;
/** A page or range as printed: "12", "12–14", "Appendix B". */
export const CLAIM_SOURCE_PAGE_MAX_LENGTH = 20;
/** The role of whoever made the claim, e.g. "Chief executive". */
export const CLAIM_MADE_BY_ROLE_MAX_LENGTH = 200;
export const CLAIM_EVIDENCE_NOTE_MAX_LENGTH = 1000;
export const CLAIM_REVIEW_REASON_MAX_LENGTH = 2000;
/** A claim about named partners names a handful; a claim about everyone names none. */
export const CLAIM_MAX_PARTNERS = 50;
/** A claim's period and the period before it fit the 60 months a chart covers. */
export const CLAIM_PERIOD_MAX_MONTHS = 30;
/** The largest document that may be attached to a claim: a board paper with its appendices. */
export const CLAIM_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Claims are read by everyone who reads the whole system's figures. Place leads see their own place's figures only,
 * while a claim's evidence may be the system's or another place's, so the claims area is closed to them rather than
 * shown with holes.
 */
export function canReadClaims(role: Role): boolean {
  return role !== 'PLACE_LEAD';
}

/**
 * Claims are recorded, evidenced and given their documents by those who read board papers for the system:
 * administrators (often the board secretary), leaders and non-executives. Viewers only read.
 */
export function canRecordClaims(role: Role): boolean {
  return role === 'ADMIN' || role === 'LEADER' || role === 'NON_EXECUTIVE';
}

/** A verdict is a reviewer's judgement: non-executives, who test what board papers say, and leaders. */
export function canReviewClaims(role: Role): boolean {
  return role === 'NON_EXECUTIVE' || role === 'LEADER';
}
