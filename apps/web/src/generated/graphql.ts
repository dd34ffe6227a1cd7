/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an action cites: the page links a practice, power figure, partner, tie, weak link, claim or sector. */
export type ActionReferenceKind =
  | 'CLAIM'
  | 'ORGANISATION'
  | 'POWER_FIGURE'
  | 'PRACTICE'
  | 'SECTOR'
  | 'TIE'
  | 'WEAK_LINK';

/** The rule of libs/actions ACTION_RULES that suggested an action. */
export type ActionRule =
  /** Fires for each tie that was a bridge (the only link between two parts of the network) in the month before and has no rating either way this month. */
  | 'BROKEN_BRIDGE'
  /** Fires when at least one claim has no verdict yet. One action for all of them, naming the oldest claim listed. */
  | 'CLAIMS_AWAITING'
  /** Fires when at least one claim has new data, an amended decision or new evidence since its latest verdict. One action for all of them, naming the oldest claim listed. */
  | 'CLAIM_EVIDENCE_CHANGED'
  /** Fires for each partner with no tie this month that had at least one the month before. Most ties lost first. */
  | 'NEW_ISOLATE'
  /** Fires for each power-sharing figure whose month is a special-cause concern on its XmR chart (in the figure's worse direction; figures with no better direction never fire). Largest move against its limits first. */
  | 'POWER_CONCERN'
  /** Fires for each of the six practice scores whose month is a special-cause concern on its XmR chart (Making Data Count rules, higher is better). Largest fall against its limits first. */
  | 'PRACTICE_CONCERN'
  /** Fires for a sector whose partners have at least 3 ties in the month's network of which at least 50% are one-sided (only one partner rated the other, or their views differ by more than the weak-link gap). Highest share first. */
  | 'SECTOR_ONE_SIDED'
  /** Fires when the power-sharing "too cosy" warning is on: recorded dissent, or conflict surfaced, zero in each month of the run up to the month reviewed. */
  | 'TOO_COSY';

export type AuditAction =
  | 'ARCHIVE'
  | 'CREATE'
  | 'RESTORE'
  | 'UPDATE';

export type AuditEntityType =
  | 'FORUM'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PLACE'
  | 'SEAT';

/** Where a board pack is: waiting for a worker, being made, ready to download, or given up. */
export type BoardPackStatus =
  /** Made: download it from downloadPath. */
  | 'DONE'
  /** Given up after 3 attempts; error says why. */
  | 'FAILED'
  /** Waiting for a worker (again, after a failed attempt, while attempts remain). */
  | 'QUEUED'
  /** A worker is making it. */
  | 'RUNNING';

/** How a figure's month reads on its XmR chart (libs/actions readFigure): special-cause signals, common-cause noise, or not judged. */
export type ChangeReading =
  /** common cause: noise, not a change to act on */
  | 'COMMON_CAUSE'
  /** no SPC reading: compared with the month before only */
  | 'NOT_JUDGED'
  /** special cause concern */
  | 'SPECIAL_CAUSE_CONCERN'
  /** special cause improvement */
  | 'SPECIAL_CAUSE_IMPROVEMENT'
  /** special cause, neither better nor worse */
  | 'SPECIAL_CAUSE_NEITHER';

/** What a claim asserts of the figures that bear on it (libs/evidence CLAIM_DIRECTION_HELP). */
export type ClaimDirection =
  /** Things got worse: the claim’s period is compared with the period of the same length just before it, and a figure agrees when it moved the worse way for it. */
  | 'declined'
  /** Power or say is shared fairly. Fairness has no threshold common to every figure, so it is read against the system’s own record: the claim’s period is compared with the period of the same length just before it, and a figure agrees when it is on the better side for it (more affected partners with a say, fewer decisions taken outside the forum). A figure that only held steady shows noise, which neither bears the claim out nor contradicts it. */
  | 'fair'
  /** A figure is high. No yardstick holds for every figure (a score of 3.5 out of 5 and an inclusion ratio of 0.6 share no scale), so high means high for this system: the claim’s period is compared with the period of the same length just before it, and a figure agrees when its values are higher, whichever way is better for it. */
  | 'high'
  /** Things got better: the claim’s period is compared with the period of the same length just before it, and a figure agrees when it moved the better way for it (up for an inclusion ratio, down for decisions taken outside the forum). */
  | 'improved'
  /** A figure is low for this system: the claim’s period is compared with the period of the same length just before it, and a figure agrees when its values are lower, whichever way is better for it. */
  | 'low'
  /** Power or say is not shared fairly: the claim’s period is compared with the period of the same length just before it, and a figure agrees when it is on the worse side for it. */
  | 'unfair';

/** A document to attach to a claim: the whole file, base64-encoded, so the server checks the real bytes. */
export type ClaimDocumentInput = {
  claimId: string | number;
  /** The file content, base64-encoded; at most 10 MB before encoding. */
  contentBase64: string;
  /** The file name as uploaded; its ending must match the type found in its content (.pdf, .docx, .xlsx, .pptx). */
  fileName: string;
};

/** Evidence to link to a claim. By kind: DECISION needs decisionId; POWER_INDICATOR powerFigure (and placeId, or none for the whole system); PRACTICE_SCORE practice (and placeId or none); NETWORK_MEASURE networkMeasure with organisationId for a partner’s measure (degree, strength, betweenness) or placeId or none for a network’s (density, reciprocity); DOCUMENT documentTitle and documentUrl. Other fields must be empty. */
export type ClaimEvidenceInput = {
  claimId: string | number;
  decisionId?: string | number | null | undefined;
  documentTitle?: string | null | undefined;
  /** https:// or http:// */
  documentUrl?: string | null | undefined;
  kind: ClaimEvidenceKind;
  networkMeasure?: NetworkMeasure | null | undefined;
  /** Why it bears on the claim. */
  note?: string | null | undefined;
  /** The partner whose network measure it is. */
  organisationId?: string | number | null | undefined;
  placeId?: string | number | null | undefined;
  powerFigure?: PowerFigure | null | undefined;
  practice?: Practice | null | undefined;
};

/** What a piece of evidence is. Figures (power indicators, practice scores, network measures) are weighed for the suggested verdict; decisions and documents are cited. */
export type ClaimEvidenceKind =
  /** A decision in the log (cited, not weighed: the power indicators carry the log into the verdict). */
  | 'DECISION'
  /** A document elsewhere, by title and web address (cited, not weighed). */
  | 'DOCUMENT'
  /** A network measure month by month: a partner's, or a place's or the whole system's network. */
  | 'NETWORK_MEASURE'
  /** A power-sharing figure month by month, for a place or the whole system. */
  | 'POWER_INDICATOR'
  /** A practice's score month by month, for a place or the whole system, as published (small groups withheld). */
  | 'PRACTICE_SCORE';

export type ClaimFilter = {
  /** Claims about this place. */
  placeId?: string | number | null | undefined;
  /** Claims concerning this practice (among others). */
  practice?: Practice | null | undefined;
  status?: ClaimStatus | null | undefined;
  /** Claims whose suggested verdict, from the evidence as it stands, is this. */
  suggestedVerdict?: Verdict | null | undefined;
  /** Claims whose latest reviewer’s verdict is this (claims awaiting review have none). */
  verdict?: Verdict | null | undefined;
};

/** A claim as made: what, where, by whom, when, about which period, practices and direction. */
export type ClaimInput = {
  direction: ClaimDirection;
  /** First day of the period it speaks of (yyyy-mm-dd). Start on the first of a month to include that month’s figures. */
  from: string;
  /** The organisation that made it. */
  madeById: string | number;
  /** The role of whoever made it, e.g. "Chief executive". */
  madeByRole: string;
  /** The day it was made (yyyy-mm-dd). */
  madeOn: string;
  /** Partners it names, if any. */
  partnerIds?: Array<string | number>;
  /** The place it is about; empty for the whole system. */
  placeId?: string | number | null | undefined;
  /** The practices it concerns: at least one. */
  practices: Array<Practice>;
  /** The page or pages it is on, as printed ("12", "12–14"). */
  sourcePage?: string | null | undefined;
  /** The document it was made in. */
  sourceTitle: string;
  /** A web address of that document (https:// or http://). */
  sourceUrl?: string | null | undefined;
  /** The claim, as written where it was made. */
  text: string;
  /** Last day of the period it speaks of (yyyy-mm-dd); at most 30 months after the first. */
  to: string;
};

export type ClaimStatus =
  /** Awaiting review: no verdict yet. */
  | 'AWAITING'
  /** Evidence changed since review: new data, or new evidence linked, after the latest verdict. */
  | 'CHANGED'
  /** Reviewed, and the evidence is as it was at the latest verdict. */
  | 'REVIEWED';

export type ContactFrequency =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'RARELY'
  | 'WEEKLY';

export type DecisionFilter = {
  forumId?: string | number | null | undefined;
  /** First day, yyyy-mm-dd, inclusive. */
  from?: string | null | undefined;
  /** Decisions this organisation proposed or took part in. */
  organisationId?: string | number | null | undefined;
  outcome?: DecisionOutcome | null | undefined;
  outsideForum?: boolean | null | undefined;
  /** Decisions of the forums that serve this place. */
  placeId?: string | number | null | undefined;
  practice?: Practice | null | undefined;
  /** true: only decisions that reopen an earlier one; false: only those that do not. */
  reopens?: boolean | null | undefined;
  /** Words to find in the title or summary (English stemming: "pooled" finds "pooling"). */
  search?: string | null | undefined;
  /** Last day, yyyy-mm-dd, inclusive. */
  to?: string | null | undefined;
};

/** A decision as recorded, or as an amendment says it should read: every field, not only the changed ones. */
export type DecisionInput = {
  conflictSurfaced?: boolean;
  /** The day the decision was taken (yyyy-mm-dd). */
  date: string;
  evidence?: Array<EvidenceLinkInput>;
  forumId: string | number;
  outcome: DecisionOutcome;
  outsideForum?: boolean;
  participants?: Array<DecisionParticipantInput>;
  practices?: Array<Practice>;
  /** The organisation that proposed it, if one did. */
  proposerId?: string | number | null | undefined;
  /** The earlier decision this one reopens. */
  reopensId?: string | number | null | undefined;
  summary: string;
  title: string;
};

/** What became of the proposal: agreed, deferred or rejected. */
export type DecisionOutcome =
  | 'AGREED'
  | 'DEFERRED'
  | 'REJECTED';

export type DecisionParticipantInput = {
  affected?: boolean;
  consulted?: boolean;
  delegatedAuthority?: boolean;
  deputy?: boolean;
  dissented?: boolean;
  organisationId: string | number;
  present?: boolean;
  vote?: boolean;
};

export type EvidenceLinkInput = {
  title: string;
  /** An http or https address. */
  url: string;
};

export type ForumInput = {
  /** Your own id for the forum, used to match rows on import. */
  externalId?: string | null | undefined;
  kind: ForumKind;
  name: string;
  /** The place a place board or programme board serves, if any. */
  placeId?: string | number | null | undefined;
};

export type ForumKind =
  /** ICB board */
  | 'ICB_BOARD'
  /** Integrated care partnership */
  | 'ICP'
  /** Place board */
  | 'PLACE_BOARD'
  /** Programme board */
  | 'PROGRAMME_BOARD'
  /** Provider collaborative */
  | 'PROVIDER_COLLABORATIVE';

/** A spreadsheet to import: the whole file, base64-encoded, so the server parses the real bytes. */
export type ImportFileInput = {
  /** The file content, base64-encoded. */
  contentBase64: string;
  /** The file name as uploaded, e.g. partners.xlsx; its ending helps tell CSV from XLSX. */
  fileName: string;
  kind: ImportKind;
};

export type ImportKind =
  /** Decisions for the append-only log, one row per decision */
  | 'decisions'
  /** Forums with their seats, one row per seat */
  | 'forums'
  /** Partner organisations */
  | 'organisations'
  /** People who represent partners */
  | 'people'
  /** Places */
  | 'places';

/** The key a row matched an existing row by; a seat matches by forum, organisation and From date. */
export type ImportMatchedBy =
  | 'email'
  | 'externalId'
  | 'name'
  | 'odsCode'
  | 'onsCode'
  | 'seat';

export type ManualIndicatorInput = {
  evidenceTitle: string;
  /** A web address of the evidence (https:// or http://). */
  evidenceUrl: string;
  /** First day of the period measured (yyyy-mm-dd). */
  from: string;
  /** What is measured, e.g. "Share of the budget decided jointly". */
  name: string;
  /** The place it describes; empty for the whole system. A place lead enters for their own place. */
  placeId?: string | number | null | undefined;
  /** Last day of the period measured (yyyy-mm-dd). */
  to: string;
  value: number;
};

/** Which way a figure moved from the period before to the claim’s period. */
export type Movement =
  | 'higher'
  | 'lower'
  | 'same';

/** A partner network measure: a partner's (degree, strength, betweenness) or a network's (density, reciprocity). */
export type NetworkMeasure =
  /** How often this partner lies on the shortest path between two others: a broker. Neither higher nor lower is better. */
  | 'betweenness'
  /** How many partners this partner has a working relationship with. */
  | 'degree'
  /** The share of all possible ties between the network’s partners that exist. */
  | 'density'
  /** The share of ties rated by both partners. */
  | 'reciprocity'
  /** The sum of the strengths of this partner’s ties. */
  | 'strength';

export type OpenSurveyRoundInput = {
  closesAt: string;
  /** The month surveyed, yyyy-mm. */
  month: string;
  opensAt: string;
  /** The people invited; each gets a single-use link. */
  personIds: Array<string | number>;
};

export type OrganisationFilter = {
  /** Include archived partners (left out by default). */
  includeArchived?: boolean | null | undefined;
  kind?: OrganisationKind | null | undefined;
  placeId?: string | number | null | undefined;
  /** Matches anywhere in the name, or the start of the ODS code. */
  search?: string | null | undefined;
  sector?: Sector | null | undefined;
};

export type OrganisationInput = {
  /** Your own id for the partner, used to match rows on import. */
  externalId?: string | null | undefined;
  kind: OrganisationKind;
  name: string;
  odsCode?: string | null | undefined;
  placeIds: Array<string | number>;
  sector: Sector;
  weight?: number | null | undefined;
};

export type OrganisationKind =
  /** Acute trust */
  | 'ACUTE_TRUST'
  /** Ambulance trust */
  | 'AMBULANCE_TRUST'
  /** Community trust */
  | 'COMMUNITY_TRUST'
  /** GP federation */
  | 'GP_FEDERATION'
  /** Healthwatch */
  | 'HEALTHWATCH'
  /** Hospice */
  | 'HOSPICE'
  /** Integrated care board */
  | 'ICB'
  /** Local authority */
  | 'LOCAL_AUTHORITY'
  /** Mental health trust */
  | 'MENTAL_HEALTH_TRUST'
  /** Other */
  | 'OTHER'
  /** Primary care network */
  | 'PRIMARY_CARE_NETWORK'
  /** Social care provider */
  | 'SOCIAL_CARE_PROVIDER'
  /** VCSE organisation */
  | 'VCSE';

export type PeopleFilter = {
  includeArchived?: boolean | null | undefined;
  organisationId?: string | number | null | undefined;
  /** People whose organisation serves this place. */
  placeId?: string | number | null | undefined;
  roleGroup?: RoleGroup | null | undefined;
  /** Matches anywhere in the name or email. */
  search?: string | null | undefined;
  /** People whose organisation is in this sector. */
  sector?: Sector | null | undefined;
};

export type PersonInput = {
  /** Work email; unique in the system. */
  email: string;
  /** Your own id for the person, used to match rows on import. */
  externalId?: string | null | undefined;
  name: string;
  organisationId: string | number;
  roleGroup: RoleGroup;
};

export type PlaceInput = {
  /** Your own id for the place, used to match rows on import. */
  externalId?: string | null | undefined;
  localAuthority?: string | null | undefined;
  name: string;
  /** ONS code of the local authority, e.g. E06000047. */
  onsCode?: string | null | undefined;
};

/** A power-sharing figure, named as libs/power names it. */
export type PowerFigure =
  | 'conflictSurfacedRate'
  | 'decisionCount'
  | 'deputiesWithoutAuthorityShare'
  | 'dissentRate'
  | 'inclusionRatio'
  | 'outsideForumShare'
  | 'proposerGini'
  | 'proposerHhi'
  | 'reopenedShare';

/** The six collaborative-leadership practices (King's Fund, 2023). */
export type Practice =
  /** Healthy relationships */
  | 'HEALTHY_RELATIONSHIPS'
  /** Surfacing and managing conflict */
  | 'MANAGING_CONFLICT'
  /** Safe, inclusive and trusting environment */
  | 'SAFE_ENVIRONMENT'
  /** Shared decision-making */
  | 'SHARED_DECISIONS'
  /** Shared purpose and shared identity */
  | 'SHARED_PURPOSE'
  /** Sharing power */
  | 'SHARING_POWER';

/** A suggested rebase to stop offering, for one practice chart and view. */
export type RebaseSuggestionDismissalInput = {
  filter?: ScoreFilter | null | undefined;
  /** The suggested month, yyyy-mm. */
  month: string;
  /** The practice key (e.g. SHARED_PURPOSE) or summary question key (DIRECTION, ALIGNMENT, COMMITMENT). */
  practice: string;
};

export type RelationshipType =
  | 'FORMAL_AGREEMENT'
  | 'INFORMAL'
  | 'JOINT_PROGRAMME';

/** Under-represented below 0.8, over-represented above 1.25 (see POWER_DEFINITIONS). */
export type RepresentationFlag =
  | 'over'
  | 'under';

/** The part of the review a figure belongs to. */
export type ReviewArea =
  | 'NETWORK'
  | 'POWER'
  | 'PRACTICE';

export type Role =
  /** System administrator */
  | 'ADMIN'
  /** ICB leadership */
  | 'LEADER'
  /** Non-executive director */
  | 'NON_EXECUTIVE'
  /** Place-based lead */
  | 'PLACE_LEAD'
  /** Viewer */
  | 'VIEWER';

export type RoleGroup =
  /** Clinical */
  | 'CLINICAL'
  /** Executive */
  | 'EXECUTIVE'
  /** Operational */
  | 'OPERATIONAL'
  /** Other */
  | 'OTHER'
  /** VCSE */
  | 'VCSE';

export type ScoreFilter = {
  placeId?: string | number | null | undefined;
  roleGroup?: RoleGroup | null | undefined;
  sector?: Sector | null | undefined;
};

/** A rebase of one practice chart, for the view `filter` selects (place leads: their place). */
export type ScoreRebaseInput = {
  filter?: ScoreFilter | null | undefined;
  /** The first month of the new period, yyyy-mm: a month shown on the chart. */
  month: string;
  /** The practice key (e.g. SHARED_PURPOSE) or summary question key (DIRECTION, ALIGNMENT, COMMITMENT). */
  practice: string;
  /** What changed and why the new level is expected to hold (1 to 500 characters). */
  reason: string;
};

export type SeatChangeInput = {
  chair: boolean;
  /** The day the change takes effect, yyyy-mm-dd: the old seat ends the day before. */
  from: string;
  voting: boolean;
};

export type SeatInput = {
  chair?: boolean;
  forumId: string | number;
  /** First day of the seat, yyyy-mm-dd. */
  from: string;
  organisationId: string | number;
  /** Last day of the seat, yyyy-mm-dd, if it has ended. */
  to?: string | null | undefined;
  voting?: boolean;
};

export type Sector =
  /** Independent */
  | 'INDEPENDENT'
  /** Local government */
  | 'LOCAL_GOVERNMENT'
  /** NHS */
  | 'NHS'
  /** VCSE */
  | 'VCSE';

export type SecurityEventKind =
  /** A user's membership or role in the system was added, changed or removed. */
  | 'MEMBERSHIP_CHANGED'
  /** A register list was exported as CSV. */
  | 'REGISTER_EXPORTED'
  /** A user signed in. */
  | 'SIGN_IN'
  /** A sign-in was refused: wrong email or password, or no membership. */
  | 'SIGN_IN_FAILED'
  /** A user signed out. */
  | 'SIGN_OUT'
  /** A new survey link was issued for an invitation. */
  | 'SURVEY_LINK_REISSUED'
  /** A survey round was opened and its links issued. */
  | 'SURVEY_ROUND_OPENED';

/** Which side of the mean a sustained shift sits on. */
export type ShiftDirection =
  | 'down'
  | 'up';

export type SignInInput = {
  email: string;
  password: string;
};

/** Making Data Count's special-cause rules. */
export type SpcRule =
  | 'outside'
  | 'shift'
  | 'trend'
  | 'twoOfThree';

export type SpcVariation =
  | 'common'
  | 'concern'
  | 'improvement'
  | 'neitherHigh'
  | 'neitherLow';

/** The three summary questions: direction, alignment and commitment. */
export type SummaryQuestion =
  | 'ALIGNMENT'
  | 'COMMITMENT'
  | 'DIRECTION';

export type SurveyAnswersInput = {
  /** Alignment: is the work of partners coordinated? 1–5. */
  alignment?: number | null | undefined;
  /** Commitment: do partners put the system's success before their own? 1–5. */
  commitment?: number | null | undefined;
  /** Direction: do partners agree on what they are trying to achieve? 1–5. */
  direction?: number | null | undefined;
  practiceScores: Array<SurveyPracticeAnswerInput>;
  relationships: Array<SurveyRelationshipAnswerInput>;
};

export type SurveyPracticeAnswerInput = {
  comment?: string | null | undefined;
  practice: Practice;
  score?: number | null | undefined;
};

export type SurveyRelationshipAnswerInput = {
  contactFrequency?: ContactFrequency | null | undefined;
  note?: string | null | undefined;
  organisationId: string | number;
  trust?: number | null | undefined;
  type?: RelationshipType | null | undefined;
  value?: number | null | undefined;
};

export type SurveyRoundStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'SCHEDULED';

/** A verdict on a claim, suggested from the evidence (libs/evidence suggestVerdict) or given by a reviewer. */
export type Verdict =
  /** Contradicted */
  | 'contradicted'
  /** Not enough evidence */
  | 'insufficient'
  /** Partly supported */
  | 'partlySupported'
  /** Supported */
  | 'supported';

/** Which rule of libs/evidence VERDICT_RULES decided a suggested verdict, tried in this order. */
export type VerdictRule =
  /** At least one figure shows a signal (special cause) against the claim and none shows one for it: contradicted. */
  | 'againstOnly'
  /** Every signal among the figures points the way the claim says (figures showing only noise do not count against it): supported. */
  | 'forOnly'
  /** Figures show signals both the way the claim says and against it: partly supported. */
  | 'mixedSignals'
  /** No figure is linked to the claim, so there is nothing to weigh: not enough evidence. */
  | 'noEvidence'
  /** No figure shows a signal: their changes are noise, which neither bears the claim out nor contradicts it: partly supported. */
  | 'noiseOnly'
  /** No linked figure can be judged: each has fewer than 6 values in the period before or 3 in the claim’s period, has values withheld to protect a small group, or has no better way for a claim about better or worse: not enough evidence. */
  | 'noneJudged';

/** Why a link is flagged as weak (libs/network weakLinks). */
export type WeakLinkKind =
  | 'DECLINING'
  | 'LOW_STRENGTH'
  | 'MISSING'
  | 'ONE_SIDED'
  | 'PERIPHERAL';

export type ViewerFieldsFragment = { role: Role, systemView: boolean, user: { id: string, email: string, displayName: string }, system: { id: string, name: string }, place: { id: string, name: string } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, systemView: boolean, user: { id: string, email: string, displayName: string }, system: { id: string, name: string }, place: { id: string, name: string } | null } | null };

export type AuditHistoryQueryVariables = Exact<{
  entityType: AuditEntityType;
  entityId: string | number;
}>;


export type AuditHistoryQuery = { auditHistory: Array<{ action: AuditAction, actor: string, at: string, viaImport: boolean, changes: Array<{ field: string, from: string | null, to: string | null }> }> };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { role: Role, systemView: boolean, user: { id: string, email: string, displayName: string }, system: { id: string, name: string }, place: { id: string, name: string } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RecordClaimMutationVariables = Exact<{
  input: ClaimInput;
}>;


export type RecordClaimMutation = { recordClaim: { id: string } };

export type LinkClaimEvidenceMutationVariables = Exact<{
  input: ClaimEvidenceInput;
}>;


export type LinkClaimEvidenceMutation = { linkClaimEvidence: { id: string, text: string, sourceTitle: string, sourceUrl: string | null, sourcePage: string | null, madeByRole: string, madeOn: string, from: string, to: string, direction: ClaimDirection, directionMeaning: string, practices: Array<Practice>, status: ClaimStatus, evidenceChangedSinceReview: boolean, mayLinkEvidence: boolean, mayReview: boolean, recordedAt: string, recordedByName: string | null, madeBy: { id: string, name: string }, place: { id: string, name: string } | null, partners: Array<{ id: string, name: string }>, periodBefore: { from: string, to: string }, evidenceSummary: { dataThrough: string | null, rule: string, ruleKey: VerdictRule, suggestedVerdict: Verdict, items: Array<{ evidence: { id: string, kind: ClaimEvidenceKind, title: string, note: string | null, documentUrl: string | null, decisionId: string | null, linkedAt: string, linkedByName: string | null }, reading: { agrees: boolean | null, expected: Movement | null, movement: Movement | null, meanBefore: number | null, meanDuring: number | null, lowerLimit: number | null, upperLimit: number | null, pointsBefore: number, pointsDuring: number, reason: string, signal: boolean, signalDates: Array<string>, suppressedPoints: number, weighed: boolean, points: Array<{ date: string, inClaimPeriod: boolean, value: number }> } }> }, latestVerdict: { id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null } | null, verdicts: Array<{ id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null }>, documents: Array<{ id: string, claimId: string, fileName: string, mediaType: string, sizeBytes: number, downloadPath: string, uploadedAt: string, uploadedByName: string | null }> } };

export type ReviewClaimMutationVariables = Exact<{
  claimId: string | number;
  accept: boolean;
  verdict: Verdict;
  reason?: string | null | undefined;
}>;


export type ReviewClaimMutation = { reviewClaim: { id: string, text: string, sourceTitle: string, sourceUrl: string | null, sourcePage: string | null, madeByRole: string, madeOn: string, from: string, to: string, direction: ClaimDirection, directionMeaning: string, practices: Array<Practice>, status: ClaimStatus, evidenceChangedSinceReview: boolean, mayLinkEvidence: boolean, mayReview: boolean, recordedAt: string, recordedByName: string | null, madeBy: { id: string, name: string }, place: { id: string, name: string } | null, partners: Array<{ id: string, name: string }>, periodBefore: { from: string, to: string }, evidenceSummary: { dataThrough: string | null, rule: string, ruleKey: VerdictRule, suggestedVerdict: Verdict, items: Array<{ evidence: { id: string, kind: ClaimEvidenceKind, title: string, note: string | null, documentUrl: string | null, decisionId: string | null, linkedAt: string, linkedByName: string | null }, reading: { agrees: boolean | null, expected: Movement | null, movement: Movement | null, meanBefore: number | null, meanDuring: number | null, lowerLimit: number | null, upperLimit: number | null, pointsBefore: number, pointsDuring: number, reason: string, signal: boolean, signalDates: Array<string>, suppressedPoints: number, weighed: boolean, points: Array<{ date: string, inClaimPeriod: boolean, value: number }> } }> }, latestVerdict: { id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null } | null, verdicts: Array<{ id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null }>, documents: Array<{ id: string, claimId: string, fileName: string, mediaType: string, sizeBytes: number, downloadPath: string, uploadedAt: string, uploadedByName: string | null }> } };

export type AttachClaimDocumentMutationVariables = Exact<{
  input: ClaimDocumentInput;
}>;


export type AttachClaimDocumentMutation = { attachClaimDocument: { id: string, claimId: string, fileName: string, mediaType: string, sizeBytes: number, downloadPath: string, uploadedAt: string, uploadedByName: string | null } };

export type ClaimEvidenceReadingFieldsFragment = { agrees: boolean | null, expected: Movement | null, movement: Movement | null, meanBefore: number | null, meanDuring: number | null, lowerLimit: number | null, upperLimit: number | null, pointsBefore: number, pointsDuring: number, reason: string, signal: boolean, signalDates: Array<string>, suppressedPoints: number, weighed: boolean, points: Array<{ date: string, inClaimPeriod: boolean, value: number }> };

export type ClaimVerdictFieldsFragment = { id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null };

export type ClaimDocumentFieldsFragment = { id: string, claimId: string, fileName: string, mediaType: string, sizeBytes: number, downloadPath: string, uploadedAt: string, uploadedByName: string | null };

export type ClaimFieldsFragment = { id: string, text: string, sourceTitle: string, sourceUrl: string | null, sourcePage: string | null, madeByRole: string, madeOn: string, from: string, to: string, direction: ClaimDirection, directionMeaning: string, practices: Array<Practice>, status: ClaimStatus, evidenceChangedSinceReview: boolean, mayLinkEvidence: boolean, mayReview: boolean, recordedAt: string, recordedByName: string | null, madeBy: { id: string, name: string }, place: { id: string, name: string } | null, partners: Array<{ id: string, name: string }>, periodBefore: { from: string, to: string }, evidenceSummary: { dataThrough: string | null, rule: string, ruleKey: VerdictRule, suggestedVerdict: Verdict, items: Array<{ evidence: { id: string, kind: ClaimEvidenceKind, title: string, note: string | null, documentUrl: string | null, decisionId: string | null, linkedAt: string, linkedByName: string | null }, reading: { agrees: boolean | null, expected: Movement | null, movement: Movement | null, meanBefore: number | null, meanDuring: number | null, lowerLimit: number | null, upperLimit: number | null, pointsBefore: number, pointsDuring: number, reason: string, signal: boolean, signalDates: Array<string>, suppressedPoints: number, weighed: boolean, points: Array<{ date: string, inClaimPeriod: boolean, value: number }> } }> }, latestVerdict: { id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null } | null, verdicts: Array<{ id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null }>, documents: Array<{ id: string, claimId: string, fileName: string, mediaType: string, sizeBytes: number, downloadPath: string, uploadedAt: string, uploadedByName: string | null }> };

export type ClaimQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimQuery = { claim: { id: string, text: string, sourceTitle: string, sourceUrl: string | null, sourcePage: string | null, madeByRole: string, madeOn: string, from: string, to: string, direction: ClaimDirection, directionMeaning: string, practices: Array<Practice>, status: ClaimStatus, evidenceChangedSinceReview: boolean, mayLinkEvidence: boolean, mayReview: boolean, recordedAt: string, recordedByName: string | null, madeBy: { id: string, name: string }, place: { id: string, name: string } | null, partners: Array<{ id: string, name: string }>, periodBefore: { from: string, to: string }, evidenceSummary: { dataThrough: string | null, rule: string, ruleKey: VerdictRule, suggestedVerdict: Verdict, items: Array<{ evidence: { id: string, kind: ClaimEvidenceKind, title: string, note: string | null, documentUrl: string | null, decisionId: string | null, linkedAt: string, linkedByName: string | null }, reading: { agrees: boolean | null, expected: Movement | null, movement: Movement | null, meanBefore: number | null, meanDuring: number | null, lowerLimit: number | null, upperLimit: number | null, pointsBefore: number, pointsDuring: number, reason: string, signal: boolean, signalDates: Array<string>, suppressedPoints: number, weighed: boolean, points: Array<{ date: string, inClaimPeriod: boolean, value: number }> } }> }, latestVerdict: { id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null } | null, verdicts: Array<{ id: string, accepted: boolean, verdict: Verdict, suggestedVerdict: Verdict, suggestedRule: string, reason: string | null, reviewer: string | null, reviewedAt: string, dataThrough: string | null }>, documents: Array<{ id: string, claimId: string, fileName: string, mediaType: string, sizeBytes: number, downloadPath: string, uploadedAt: string, uploadedByName: string | null }> } | null };

export type ProposedEvidenceQueryVariables = Exact<{
  claimId: string | number;
}>;


export type ProposedEvidenceQuery = { proposedEvidence: Array<{ kind: ClaimEvidenceKind, title: string, why: string, decisionId: string | null, networkMeasure: NetworkMeasure | null, organisationId: string | null, placeId: string | null, powerFigure: PowerFigure | null, practice: Practice | null, reading: { agrees: boolean | null, expected: Movement | null, movement: Movement | null, meanBefore: number | null, meanDuring: number | null, lowerLimit: number | null, upperLimit: number | null, pointsBefore: number, pointsDuring: number, reason: string, signal: boolean, signalDates: Array<string>, suppressedPoints: number, weighed: boolean, points: Array<{ date: string, inClaimPeriod: boolean, value: number }> } }> };

export type ClaimsQueryVariables = Exact<{
  filter?: ClaimFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ClaimsQuery = { claims: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, text: string, madeOn: string, madeByRole: string, from: string, to: string, status: ClaimStatus, madeBy: { id: string, name: string }, latestVerdict: { id: string, verdict: Verdict } | null, evidenceSummary: { suggestedVerdict: Verdict } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ExportClaimsQueryVariables = Exact<{
  filter?: ClaimFilter | null | undefined;
}>;


export type ExportClaimsQuery = { exportClaims: string };

export type DecisionVersionFieldsFragment = { id: string, version: number, date: string, title: string, summary: string, outcome: DecisionOutcome, outsideForum: boolean, conflictSurfaced: boolean, practices: Array<Practice>, author: string | null, createdAt: string, reason: string | null, forum: { id: string, name: string }, proposer: { id: string, name: string } | null, reopens: { id: string, current: { id: string, date: string, title: string } } | null, evidence: Array<{ url: string, title: string }>, participants: Array<{ affected: boolean, present: boolean, consulted: boolean, vote: boolean, dissented: boolean, deputy: boolean, delegatedAuthority: boolean, organisation: { id: string, name: string } }> };

export type DecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type DecisionQuery = { decision: { id: string, recordedAt: string, mayAmend: boolean, current: { id: string, version: number, date: string, title: string, summary: string, outcome: DecisionOutcome, outsideForum: boolean, conflictSurfaced: boolean, practices: Array<Practice>, author: string | null, createdAt: string, reason: string | null, forum: { id: string, name: string }, proposer: { id: string, name: string } | null, reopens: { id: string, current: { id: string, date: string, title: string } } | null, evidence: Array<{ url: string, title: string }>, participants: Array<{ affected: boolean, present: boolean, consulted: boolean, vote: boolean, dissented: boolean, deputy: boolean, delegatedAuthority: boolean, organisation: { id: string, name: string } }> }, versions: Array<{ id: string, version: number, date: string, title: string, summary: string, outcome: DecisionOutcome, outsideForum: boolean, conflictSurfaced: boolean, practices: Array<Practice>, author: string | null, createdAt: string, reason: string | null, changes: Array<{ field: string, before: string, after: string }>, forum: { id: string, name: string }, proposer: { id: string, name: string } | null, reopens: { id: string, current: { id: string, date: string, title: string } } | null, evidence: Array<{ url: string, title: string }>, participants: Array<{ affected: boolean, present: boolean, consulted: boolean, vote: boolean, dissented: boolean, deputy: boolean, delegatedAuthority: boolean, organisation: { id: string, name: string } }> }>, reopenedBy: Array<{ id: string, current: { id: string, date: string, title: string } }> } | null };

export type DecisionsQueryVariables = Exact<{
  filter?: DecisionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DecisionsQuery = { decisions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, current: { id: string, version: number, date: string, title: string, outcome: DecisionOutcome, practices: Array<Practice>, forum: { id: string, name: string } } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ReopenableDecisionsQueryVariables = Exact<{
  filter?: DecisionFilter | null | undefined;
  first: number;
}>;


export type ReopenableDecisionsQuery = { decisions: { totalCount: number, edges: Array<{ node: { id: string, current: { id: string, date: string, title: string } } }> } };

export type RecordDecisionMutationVariables = Exact<{
  input: DecisionInput;
}>;


export type RecordDecisionMutation = { recordDecision: { id: string } };

export type AmendDecisionMutationVariables = Exact<{
  id: string | number;
  basedOnVersion: number;
  reason: string;
  input: DecisionInput;
}>;


export type AmendDecisionMutation = { amendDecision: { id: string } };

export type ArchiveForumMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveForumMutation = { archiveForum: { id: string, name: string, kind: ForumKind, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, place: { id: string, name: string } | null } };

export type RestoreForumMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreForumMutation = { restoreForum: { id: string, name: string, kind: ForumKind, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, place: { id: string, name: string } | null } };

export type ForumFieldsFragment = { id: string, name: string, kind: ForumKind, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, place: { id: string, name: string } | null };

export type SeatFieldsFragment = { id: string, voting: boolean, chair: boolean, from: string, to: string | null, organisation: { id: string, name: string, archived: boolean } };

export type ForumQueryVariables = Exact<{
  id: string | number;
}>;


export type ForumQuery = { forum: { id: string, name: string, kind: ForumKind, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, place: { id: string, name: string } | null } | null };

export type ForumSeatsQueryVariables = Exact<{
  id: string | number;
  includeEnded: boolean;
}>;


export type ForumSeatsQuery = { forum: { id: string, name: string, seats: Array<{ id: string, voting: boolean, chair: boolean, from: string, to: string | null, organisation: { id: string, name: string, archived: boolean } }> } | null };

export type ForumsQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type ForumsQuery = { forums: Array<{ id: string, name: string, kind: ForumKind, archived: boolean, place: { id: string, name: string } | null, seats: Array<{ id: string, voting: boolean, chair: boolean, organisation: { id: string } }> }> };

export type CreateForumMutationVariables = Exact<{
  input: ForumInput;
}>;


export type CreateForumMutation = { createForum: { id: string, name: string, kind: ForumKind, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, place: { id: string, name: string } | null } };

export type UpdateForumMutationVariables = Exact<{
  id: string | number;
  input: ForumInput;
}>;


export type UpdateForumMutation = { updateForum: { id: string, name: string, kind: ForumKind, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, place: { id: string, name: string } | null } };

export type AddSeatMutationVariables = Exact<{
  input: SeatInput;
}>;


export type AddSeatMutation = { addSeat: { id: string, voting: boolean, chair: boolean, from: string, to: string | null, organisation: { id: string, name: string, archived: boolean } } };

export type ChangeSeatMutationVariables = Exact<{
  id: string | number;
  input: SeatChangeInput;
}>;


export type ChangeSeatMutation = { changeSeat: { id: string, voting: boolean, chair: boolean, from: string, to: string | null, organisation: { id: string, name: string, archived: boolean } } };

export type EndSeatMutationVariables = Exact<{
  id: string | number;
  to: string;
}>;


export type EndSeatMutation = { endSeat: { id: string, voting: boolean, chair: boolean, from: string, to: string | null, organisation: { id: string, name: string, archived: boolean } } };

export type ExportRegisterQueryVariables = Exact<{
  kind: ImportKind;
}>;


export type ExportRegisterQuery = { exportRegister: string };

export type PreviewImportMutationVariables = Exact<{
  input: ImportFileInput;
}>;


export type PreviewImportMutation = { previewImport: { rowCount: number, create: number, update: number, unchanged: number, problemCount: number, problems: Array<{ row: number, column: string, value: string, message: string }>, changes: Array<{ row: number, matchedName: string, matchedBy: ImportMatchedBy, fields: Array<{ field: string, from: string | null, to: string | null }> }> } };

export type CommitImportMutationVariables = Exact<{
  input: ImportFileInput;
}>;


export type CommitImportMutation = { commitImport: { created: number, updated: number, unchanged: number } };

export type ImportTemplatesQueryVariables = Exact<{
  register: boolean;
}>;


export type ImportTemplatesQuery = { places?: string, organisations?: string, forums?: string, people?: string, decisions: string };

export type ImportColumnsQueryVariables = Exact<{
  kind: ImportKind;
}>;


export type ImportColumnsQuery = { importColumns: Array<{ header: string, required: boolean, help: string, examples: Array<string> }> };

export type PartnerNetworkMapQueryVariables = Exact<{
  month?: string | null | undefined;
  placeId?: string | number | null | undefined;
}>;


export type PartnerNetworkMapQuery = { partnerNetworkMap: { month: string | null, placeId: string | null, ratedMonths: Array<string>, suppressed: boolean, suppressionReason: string | null, partners: { organisationIds: Array<string>, names: Array<string>, sectors: Array<string>, betweenness: Array<number>, articulationPoints: Array<number>, xs: Array<number>, ys: Array<number> }, ties: { sources: Array<number>, targets: Array<number>, strengths: Array<number>, strengthChanges: Array<number | null> }, weakLinks: Array<{ kind: WeakLinkKind, sources: Array<number>, targets: Array<number | null> }> } };

export type PartnerNetworkPositionQueryVariables = Exact<{
  organisationId: string | number;
  fromMonth: string;
  toMonth: string;
}>;


export type PartnerNetworkPositionQuery = { partnerNetworkPosition: { organisationId: string, fromMonth: string, toMonth: string, series: Array<{ measure: string, limitsNote: string | null, points: Array<{ month: string, value: number | null, processMean: number | null, lowerLimit: number | null, upperLimit: number | null, variation: SpcVariation }> }> } | null };

export type PartnerNetworkQueryVariables = Exact<{
  month?: string | null | undefined;
  placeId?: string | number | null | undefined;
}>;


export type PartnerNetworkQuery = { partnerNetwork: { month: string | null, placeId: string | null, ratedMonths: Array<string>, suppressed: boolean, suppressionReason: string | null, respondentOrganisations: number, density: number | null, reciprocity: number | null, eiIndex: number | null, communitySectorNmi: number | null, componentCount: number, nodes: Array<{ organisationId: string, name: string, sector: string, placeId: string | null, degree: number, inDegree: number, outDegree: number, strength: number, betweenness: number, community: number, articulationPoint: boolean, isolate: boolean, x: number, y: number, degreeChange: number | null, strengthChange: number | null, betweennessChange: number | null }>, ties: Array<{ id: string, sourceId: string, targetId: string, strength: number, forwardStrength: number | null, backwardStrength: number | null, forwardRatings: number, backwardRatings: number, reciprocityGap: number | null, oneSided: boolean, bridge: boolean, strengthChange: number | null }>, weakLinks: Array<{ id: string, kind: WeakLinkKind, sourceId: string, targetId: string | null, reason: string }>, sectors: Array<{ sector: string, ties: number, internalShare: number | null, eiIndex: number | null }> } };

export type ArchiveOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveOrganisationMutation = { archiveOrganisation: { id: string, name: string, odsCode: string | null, kind: OrganisationKind, sector: Sector, weight: number | null, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, places: Array<{ id: string, name: string }> } };

export type RestoreOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreOrganisationMutation = { restoreOrganisation: { id: string, name: string, odsCode: string | null, kind: OrganisationKind, sector: Sector, weight: number | null, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, places: Array<{ id: string, name: string }> } };

export type OrganisationFieldsFragment = { id: string, name: string, odsCode: string | null, kind: OrganisationKind, sector: Sector, weight: number | null, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, places: Array<{ id: string, name: string }> };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { organisation: { id: string, name: string, odsCode: string | null, kind: OrganisationKind, sector: Sector, weight: number | null, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, places: Array<{ id: string, name: string }> } | null };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, odsCode: string | null, kind: OrganisationKind, sector: Sector, archived: boolean, places: Array<{ id: string, name: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PartnerRelationshipSummaryQueryVariables = Exact<{
  organisationId: string | number;
  month?: string | null | undefined;
}>;


export type PartnerRelationshipSummaryQuery = { partnerRelationshipSummary: { organisationId: string, month: string | null, ratedMonths: Array<string>, minimumGroupSize: number, given: { suppressed: boolean, suppressionReason: string | null, respondents: number | null, partnersRated: number | null, ratings: number | null }, received: { suppressed: boolean, suppressionReason: string | null, respondents: number | null, ratingOrganisations: number | null, ratings: number | null, meanTrust: number | null, meanValue: number | null } } | null };

export type PartnerSeatsQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerSeatsQuery = { organisation: { id: string, seats: Array<{ id: string, voting: boolean, chair: boolean, from: string, to: string | null, forum: { id: string, name: string, kind: ForumKind } }> } | null };

export type CreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, odsCode: string | null, kind: OrganisationKind, sector: Sector, weight: number | null, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, places: Array<{ id: string, name: string }> } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  input: OrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, odsCode: string | null, kind: OrganisationKind, sector: Sector, weight: number | null, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, places: Array<{ id: string, name: string }> } };

export type ArchivePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchivePersonMutation = { archivePerson: { id: string, name: string, email: string, roleGroup: RoleGroup, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, organisation: { id: string, name: string } } };

export type RestorePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type RestorePersonMutation = { restorePerson: { id: string, name: string, email: string, roleGroup: RoleGroup, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, organisation: { id: string, name: string } } };

export type PeopleQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, email: string, roleGroup: RoleGroup, archived: boolean, organisation: { id: string, name: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PersonFieldsFragment = { id: string, name: string, email: string, roleGroup: RoleGroup, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, organisation: { id: string, name: string } };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { id: string, name: string, email: string, roleGroup: RoleGroup, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, organisation: { id: string, name: string } } | null };

export type CreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, name: string, email: string, roleGroup: RoleGroup, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, organisation: { id: string, name: string } } };

export type UpdatePersonMutationVariables = Exact<{
  id: string | number;
  input: PersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, email: string, roleGroup: RoleGroup, externalId: string | null, archived: boolean, createdAt: string, updatedAt: string, organisation: { id: string, name: string } } };

export type ArchivePlaceMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchivePlaceMutation = { archivePlace: { id: string, name: string, localAuthority: string | null, onsCode: string | null, externalId: string | null, archived: boolean } };

export type RestorePlaceMutationVariables = Exact<{
  id: string | number;
}>;


export type RestorePlaceMutation = { restorePlace: { id: string, name: string, localAuthority: string | null, onsCode: string | null, externalId: string | null, archived: boolean } };

export type PlaceFieldsFragment = { id: string, name: string, localAuthority: string | null, onsCode: string | null, externalId: string | null, archived: boolean };

export type PlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceQuery = { place: { id: string, name: string, localAuthority: string | null, onsCode: string | null, externalId: string | null, archived: boolean } | null };

export type PlacesRegisterQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type PlacesRegisterQuery = { places: Array<{ id: string, name: string, localAuthority: string | null, onsCode: string | null, externalId: string | null, archived: boolean }> };

export type CreatePlaceMutationVariables = Exact<{
  input: PlaceInput;
}>;


export type CreatePlaceMutation = { createPlace: { id: string, name: string, localAuthority: string | null, onsCode: string | null, externalId: string | null, archived: boolean } };

export type UpdatePlaceMutationVariables = Exact<{
  id: string | number;
  input: PlaceInput;
}>;


export type UpdatePlaceMutation = { updatePlace: { id: string, name: string, localAuthority: string | null, onsCode: string | null, externalId: string | null, archived: boolean } };

export type PowerFiguresQueryVariables = Exact<{
  placeId?: string | number | null | undefined;
  from: string;
  to: string;
  fromMonth: string;
  toMonth: string;
}>;


export type PowerFiguresQuery = { powerIndicators: { placeId: string | null, from: string, to: string, decisionCount: number, inclusionRatio: number | null, outsideForumShare: number | null, deputiesWithoutAuthorityShare: number | null, proposerHhi: number | null, proposerGini: number | null, reopenedShare: number | null, dissentRate: number | null, conflictSurfacedRate: number | null, representation: Array<{ sector: Sector, seats: number, votingSeats: number, weight: number, seatShare: number | null, voteShare: number | null, weightShare: number | null, seatRatio: number | null, voteRatio: number | null, seatFlag: RepresentationFlag | null, voteFlag: RepresentationFlag | null }> }, powerSeries: { figures: Array<{ figure: PowerFigure, limitsNote: string | null, latestVariation: SpcVariation | null, latestMonth: string | null, points: Array<{ month: string, value: number | null, movingRange: number | null, processMean: number | null, lowerLimit: number | null, upperLimit: number | null, rules: Array<SpcRule>, variation: SpcVariation }> }>, tooCosy: { warning: boolean, months: number, latestMonth: string | null, dissentWarning: boolean, dissentMonths: Array<string>, conflictSurfacedWarning: boolean, conflictSurfacedMonths: Array<string> } } };

export type ManualIndicatorFieldsFragment = { id: string, name: string, value: number, from: string, to: string, evidenceUrl: string, evidenceTitle: string, placeId: string | null, enteredByName: string, enteredAt: string };

export type ManualIndicatorsQueryVariables = Exact<{
  placeId?: string | number | null | undefined;
}>;


export type ManualIndicatorsQuery = { manualIndicators: Array<{ id: string, name: string, value: number, from: string, to: string, evidenceUrl: string, evidenceTitle: string, placeId: string | null, enteredByName: string, enteredAt: string }> };

export type RecordManualIndicatorMutationVariables = Exact<{
  input: ManualIndicatorInput;
}>;


export type RecordManualIndicatorMutation = { recordManualIndicator: { id: string, name: string, value: number, from: string, to: string, evidenceUrl: string, evidenceTitle: string, placeId: string | null, enteredByName: string, enteredAt: string } };

export type BoardPackFieldsFragment = { id: string, month: string, placeId: string | null, status: BoardPackStatus, attempts: number, maxAttempts: number, error: string | null, sizeBytes: number | null, downloadPath: string | null };

export type BoardPackSupportQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardPackSupportQuery = { boardPackSupport: { available: boolean, reason: string | null } };

export type BoardPackQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardPackQuery = { boardPack: { id: string, month: string, placeId: string | null, status: BoardPackStatus, attempts: number, maxAttempts: number, error: string | null, sizeBytes: number | null, downloadPath: string | null } | null };

export type RequestBoardPackMutationVariables = Exact<{
  month: string;
  placeId?: string | number | null | undefined;
}>;


export type RequestBoardPackMutation = { requestBoardPack: { id: string, month: string, placeId: string | null, status: BoardPackStatus, attempts: number, maxAttempts: number, error: string | null, sizeBytes: number | null, downloadPath: string | null } };

export type MonthlyReviewQueryVariables = Exact<{
  month?: string | null | undefined;
  placeId?: string | number | null | undefined;
}>;


export type MonthlyReviewQuery = { monthlyReview: { month: string, placeId: string | null, placeName: string | null, roundClosed: boolean, figuresComputedAt: string, practiceScores: { missingReason: string | null, scores: Array<{ practice: Practice, name: string, value: number | null, n: number | null, confidenceLower: number | null, confidenceUpper: number | null, variation: SpcVariation | null, suppressionReason: string | null, line: string, series: Array<{ month: string, mean: number | null, n: number | null, confidenceLower: number | null, confidenceUpper: number | null, processMean: number | null, lowerLimit: number | null, upperLimit: number | null, rules: Array<SpcRule>, variation: SpcVariation, suppressed: boolean, suppressionReason: string | null }> }> }, changes: { missingReason: string | null, changes: Array<{ area: ReviewArea, key: string, label: string, month: string, value: number | null, previousMonth: string | null, previousValue: number | null, change: number | null, reading: ChangeReading, signal: boolean, monthsOnSide: number | null, line: string }> }, network: { missingReason: string | null, previousMonth: string | null, respondentOrganisations: number | null, partners: number | null, ties: number | null, weakLinkCounts: Array<{ kind: WeakLinkKind, count: number }>, mostSerious: Array<{ id: string, kind: WeakLinkKind, sourceId: string, sourceName: string, targetId: string | null, targetName: string | null, reason: string, alsoFlagged: Array<WeakLinkKind> }>, newIsolates: Array<{ organisationId: string, name: string, previousDegree: number }>, brokenBridges: Array<{ id: string, sourceId: string, sourceName: string, targetId: string, targetName: string }> }, networkMap: { month: string | null, suppressed: boolean, suppressionReason: string | null, partners: { sectors: Array<string>, xs: Array<number>, ys: Array<number>, articulationPoints: Array<number> }, ties: { sources: Array<number>, targets: Array<number>, strengths: Array<number> }, weakLinks: Array<{ kind: WeakLinkKind, sources: Array<number>, targets: Array<number | null> }> } | null, power: { missingReason: string | null, fromMonth: string, toMonth: string, figures: Array<{ figure: PowerFigure, name: string, value: number | null, variation: SpcVariation | null, line: string, trend: Array<{ month: string, value: number | null, processMean: number | null, lowerLimit: number | null, upperLimit: number | null, rules: Array<SpcRule>, variation: SpcVariation }> }>, tooCosy: { warning: boolean, months: number, latestMonth: string | null, dissentWarning: boolean, dissentMonths: Array<string>, conflictSurfacedWarning: boolean, conflictSurfacedMonths: Array<string> } }, claims: { missingReason: string | null, awaitingReviewCount: number, evidenceChangedCount: number, awaitingReview: Array<{ id: string, text: string, madeOn: string }>, evidenceChanged: Array<{ id: string, text: string, madeOn: string }> }, actions: { missingReason: string | null, actions: Array<{ rank: number, rule: ActionRule, text: string, figures: Array<{ label: string, value: string }>, references: Array<{ kind: ActionReferenceKind, id: string, label: string }> }>, rules: Array<{ key: ActionRule, title: string, text: string }> } } };

export type ReviewMonthsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewMonthsQuery = { surveyRounds: Array<{ id: string, month: string, status: SurveyRoundStatus }> };

export type ScorePointFieldsFragment = { month: string, suppressed: boolean, suppressionReason: string | null, n: number | null, mean: number | null, standardDeviation: number | null, confidenceLower: number | null, confidenceUpper: number | null, distribution: Array<number> | null, movingRange: number | null, processMean: number | null, lowerLimit: number | null, upperLimit: number | null, rules: Array<SpcRule>, variation: SpcVariation };

export type ScoreRebaseFieldsFragment = { id: string, month: string, reason: string, createdBy: string | null, createdAt: string };

export type RebaseSuggestionFieldsFragment = { from: string, months: Array<string>, direction: ShiftDirection, reason: string };

export type PracticeScoresQueryVariables = Exact<{
  filter?: ScoreFilter | null | undefined;
  months: number;
  toMonth?: string | null | undefined;
}>;


export type PracticeScoresQuery = { minimumGroupSize: number, practiceScores: Array<{ practice: Practice, name: string, shortHelp: string, limitsNote: string | null, latestVariation: SpcVariation | null, rebases: Array<{ id: string, month: string, reason: string, createdBy: string | null, createdAt: string }>, rebaseSuggestion: { from: string, months: Array<string>, direction: ShiftDirection, reason: string } | null, points: Array<{ month: string, suppressed: boolean, suppressionReason: string | null, n: number | null, mean: number | null, standardDeviation: number | null, confidenceLower: number | null, confidenceUpper: number | null, distribution: Array<number> | null, movingRange: number | null, processMean: number | null, lowerLimit: number | null, upperLimit: number | null, rules: Array<SpcRule>, variation: SpcVariation }> }> };

export type SummaryScoresQueryVariables = Exact<{
  filter?: ScoreFilter | null | undefined;
  months: number;
  toMonth?: string | null | undefined;
}>;


export type SummaryScoresQuery = { summaryScores: Array<{ question: SummaryQuestion, name: string, shortHelp: string, limitsNote: string | null, latestVariation: SpcVariation | null, rebases: Array<{ id: string, month: string, reason: string, createdBy: string | null, createdAt: string }>, rebaseSuggestion: { from: string, months: Array<string>, direction: ShiftDirection, reason: string } | null, points: Array<{ month: string, suppressed: boolean, suppressionReason: string | null, n: number | null, mean: number | null, standardDeviation: number | null, confidenceLower: number | null, confidenceUpper: number | null, distribution: Array<number> | null, movingRange: number | null, processMean: number | null, lowerLimit: number | null, upperLimit: number | null, rules: Array<SpcRule>, variation: SpcVariation }> }> };

export type ScoreMonthsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoreMonthsQuery = { surveyRounds: Array<{ id: string, month: string, status: SurveyRoundStatus }> };

export type SetScoreRebaseMutationVariables = Exact<{
  input: ScoreRebaseInput;
}>;


export type SetScoreRebaseMutation = { setScoreRebase: { id: string, month: string, reason: string } };

export type WithdrawScoreRebaseMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawScoreRebaseMutation = { withdrawScoreRebase: { id: string, withdrawnAt: string | null } };

export type DismissRebaseSuggestionMutationVariables = Exact<{
  input: RebaseSuggestionDismissalInput;
}>;


export type DismissRebaseSuggestionMutation = { dismissRebaseSuggestion: boolean };

export type SecurityEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SecurityEventsQuery = { securityEvents: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, kind: SecurityEventKind, address: string | null, user: { id: string, displayName: string, email: string } | null, detail: Array<{ name: string, value: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SurveyInviteesQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SurveyInviteesQuery = { people: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, roleGroup: RoleGroup, organisation: { id: string, name: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SurveyInviteeIdsQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
}>;


export type SurveyInviteeIdsQuery = { people: { totalCount: number, matchingIds: Array<string> } };

export type InviteeOrganisationsQueryVariables = Exact<{
  placeId?: string | number | null | undefined;
  sector?: Sector | null | undefined;
}>;


export type InviteeOrganisationsQuery = { organisations: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type SurveyRoundFieldsFragment = { id: string, month: string, opensAt: string, closesAt: string, status: SurveyRoundStatus, invitationCount: number, responseCount: number };

export type SurveyInvitationFieldsFragment = { id: string, submitted: boolean, person: { id: string, name: string, email: string, organisation: { id: string, name: string } } };

export type SurveyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyRoundsQuery = { surveyRounds: Array<{ id: string, month: string, opensAt: string, closesAt: string, status: SurveyRoundStatus, invitationCount: number, responseCount: number }> };

export type SurveyRoundQueryVariables = Exact<{
  id: string | number;
  withInvitations: boolean;
}>;


export type SurveyRoundQuery = { surveyRound: { id: string, month: string, opensAt: string, closesAt: string, status: SurveyRoundStatus, invitationCount: number, responseCount: number, invitations?: Array<{ id: string, submitted: boolean, person: { id: string, name: string, email: string, organisation: { id: string, name: string } } }> } | null };

export type OpenSurveyRoundMutationVariables = Exact<{
  input: OpenSurveyRoundInput;
}>;


export type OpenSurveyRoundMutation = { openSurveyRound: { round: { id: string, month: string, opensAt: string, closesAt: string, status: SurveyRoundStatus, invitationCount: number, responseCount: number }, links: Array<{ url: string, invitation: { id: string, submitted: boolean, person: { id: string, name: string, email: string, organisation: { id: string, name: string } } } }> } };

export type ReissueInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ReissueInvitationMutation = { reissueInvitation: { url: string, invitation: { id: string, submitted: boolean, person: { id: string, name: string, email: string, organisation: { id: string, name: string } } } } };

export type CloseSurveyRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSurveyRoundMutation = { closeSurveyRound: { id: string, month: string, opensAt: string, closesAt: string, status: SurveyRoundStatus, invitationCount: number, responseCount: number } };

export type SurveyAnswersFieldsFragment = { direction: number | null, alignment: number | null, commitment: number | null, practiceScores: Array<{ practice: Practice, score: number | null, comment: string | null }>, relationships: Array<{ organisationId: string, trust: number | null, value: number | null, contactFrequency: ContactFrequency | null, type: RelationshipType | null, note: string | null }> };

export type SurveyByTokenQueryVariables = Exact<{
  token: string;
}>;


export type SurveyByTokenQuery = { surveyByToken: { roundMonth: string, closesAt: string, organisationName: string, savedAt: string | null, partners: Array<{ id: string, name: string, kind: OrganisationKind, sector: Sector }>, answers: { direction: number | null, alignment: number | null, commitment: number | null, practiceScores: Array<{ practice: Practice, score: number | null, comment: string | null }>, relationships: Array<{ organisationId: string, trust: number | null, value: number | null, contactFrequency: ContactFrequency | null, type: RelationshipType | null, note: string | null }> } } };

export type SaveSurveyAnswersMutationVariables = Exact<{
  token: string;
  answers: SurveyAnswersInput;
}>;


export type SaveSurveyAnswersMutation = { saveSurveyAnswers: string };

export type SubmitSurveyMutationVariables = Exact<{
  token: string;
  answers: SurveyAnswersInput;
}>;


export type SubmitSurveyMutation = { submitSurvey: boolean };

export type ForumOptionsQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type ForumOptionsQuery = { forums: Array<{ id: string, name: string, archived: boolean, place: { id: string } | null }> };

export type OrganisationOptionsQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type OrganisationOptionsQuery = { organisations: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type PlaceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlaceNamesQuery = { places: Array<{ id: string, name: string }> };

export type PlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacesQuery = { places: Array<{ id: string, name: string }> };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"systemView"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const ClaimEvidenceReadingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimEvidenceReadingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimEvidenceReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agrees"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"meanBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDuring"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"signalDates"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"weighed"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inClaimPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ClaimEvidenceReadingFieldsFragment, unknown>;
export const ClaimVerdictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimVerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}}]}}]} as unknown as DocumentNode<ClaimVerdictFieldsFragment, unknown>;
export const ClaimDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}}]} as unknown as DocumentNode<ClaimDocumentFieldsFragment, unknown>;
export const ClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePage"}},{"kind":"Field","name":{"kind":"Name","value":"madeByRole"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"directionMeaning"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChangedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"mayLinkEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"mayReview"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agrees"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"meanBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDuring"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"signalDates"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"weighed"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inClaimPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimVerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}}]} as unknown as DocumentNode<ClaimFieldsFragment, unknown>;
export const DecisionVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outsideForum"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSurfaced"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"dissented"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedAuthority"}}]}}]}}]} as unknown as DocumentNode<DecisionVersionFieldsFragment, unknown>;
export const ForumFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ForumFieldsFragment, unknown>;
export const SeatFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<SeatFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganisationFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const PlaceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<PlaceFieldsFragment, unknown>;
export const ManualIndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]} as unknown as DocumentNode<ManualIndicatorFieldsFragment, unknown>;
export const BoardPackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<BoardPackFieldsFragment, unknown>;
export const ScorePointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorePointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeScorePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLower"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceUpper"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"movingRange"}},{"kind":"Field","name":{"kind":"Name","value":"processMean"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]} as unknown as DocumentNode<ScorePointFieldsFragment, unknown>;
export const ScoreRebaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreRebaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRebase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ScoreRebaseFieldsFragment, unknown>;
export const RebaseSuggestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RebaseSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RebaseSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<RebaseSuggestionFieldsFragment, unknown>;
export const SurveyRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}}]}}]} as unknown as DocumentNode<SurveyRoundFieldsFragment, unknown>;
export const SurveyInvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyInvitationFieldsFragment, unknown>;
export const SurveyAnswersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyAnswersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"alignment"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contactFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<SurveyAnswersFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"systemView"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AuditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"viaImport"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<AuditHistoryQuery, AuditHistoryQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"systemView"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RecordClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordClaimMutation, RecordClaimMutationVariables>;
export const LinkClaimEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkClaimEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkClaimEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimVerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePage"}},{"kind":"Field","name":{"kind":"Name","value":"madeByRole"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"directionMeaning"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChangedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"mayLinkEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"mayReview"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agrees"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"meanBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDuring"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"signalDates"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"weighed"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inClaimPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimDocumentFields"}}]}}]}}]} as unknown as DocumentNode<LinkClaimEvidenceMutation, LinkClaimEvidenceMutationVariables>;
export const ReviewClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Verdict"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimVerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePage"}},{"kind":"Field","name":{"kind":"Name","value":"madeByRole"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"directionMeaning"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChangedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"mayLinkEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"mayReview"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agrees"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"meanBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDuring"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"signalDates"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"weighed"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inClaimPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimDocumentFields"}}]}}]}}]} as unknown as DocumentNode<ReviewClaimMutation, ReviewClaimMutationVariables>;
export const AttachClaimDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachClaimDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachClaimDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}}]} as unknown as DocumentNode<AttachClaimDocumentMutation, AttachClaimDocumentMutationVariables>;
export const ClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Claim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimVerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePage"}},{"kind":"Field","name":{"kind":"Name","value":"madeByRole"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"directionMeaning"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChangedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"mayLinkEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"mayReview"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agrees"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"meanBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDuring"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"signalDates"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"weighed"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inClaimPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimVerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimDocumentFields"}}]}}]}}]} as unknown as DocumentNode<ClaimQuery, ClaimQueryVariables>;
export const ProposedEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposedEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"networkMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"powerFigure"}},{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"reading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimEvidenceReadingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimEvidenceReadingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimEvidenceReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agrees"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"meanBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDuring"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"signalDates"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"weighed"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inClaimPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ProposedEvidenceQuery, ProposedEvidenceQueryVariables>;
export const ClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Claims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"madeByRole"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedVerdict"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsQuery, ClaimsQueryVariables>;
export const ExportClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ExportClaimsQuery, ExportClaimsQueryVariables>;
export const DecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayAmend"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outsideForum"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSurfaced"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"dissented"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedAuthority"}}]}}]}}]} as unknown as DocumentNode<DecisionQuery, DecisionQueryVariables>;
export const DecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionsQuery, DecisionsQueryVariables>;
export const ReopenableDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReopenableDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReopenableDecisionsQuery, ReopenableDecisionsQueryVariables>;
export const RecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const AmendDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basedOnVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"basedOnVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basedOnVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AmendDecisionMutation, AmendDecisionMutationVariables>;
export const ArchiveForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveForum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ArchiveForumMutation, ArchiveForumMutationVariables>;
export const RestoreForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreForum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RestoreForumMutation, RestoreForumMutationVariables>;
export const ForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Forum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ForumQuery, ForumQueryVariables>;
export const ForumSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<ForumSeatsQuery, ForumSeatsQueryVariables>;
export const ForumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Forums"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForumsQuery, ForumsQueryVariables>;
export const CreateForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateForumMutation, CreateForumMutationVariables>;
export const UpdateForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateForum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateForumMutation, UpdateForumMutationVariables>;
export const AddSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<AddSeatMutation, AddSeatMutationVariables>;
export const ChangeSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeatChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<ChangeSeatMutation, ChangeSeatMutationVariables>;
export const EndSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<EndSeatMutation, EndSeatMutationVariables>;
export const ExportRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}]}}]} as unknown as DocumentNode<ExportRegisterQuery, ExportRegisterQueryVariables>;
export const PreviewImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewImportMutation, PreviewImportMutationVariables>;
export const CommitImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<CommitImportMutation, CommitImportMutationVariables>;
export const ImportTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"register"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"places"},"name":{"kind":"Name","value":"importTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"places"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}}]}]},{"kind":"Field","alias":{"kind":"Name","value":"organisations"},"name":{"kind":"Name","value":"importTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"organisations"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}}]}]},{"kind":"Field","alias":{"kind":"Name","value":"forums"},"name":{"kind":"Name","value":"importTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"forums"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}}]}]},{"kind":"Field","alias":{"kind":"Name","value":"people"},"name":{"kind":"Name","value":"importTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"people"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}}]}]},{"kind":"Field","alias":{"kind":"Name","value":"decisions"},"name":{"kind":"Name","value":"importTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"decisions"}}]}]}}]} as unknown as DocumentNode<ImportTemplatesQuery, ImportTemplatesQueryVariables>;
export const ImportColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportColumns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"examples"}}]}}]}}]} as unknown as DocumentNode<ImportColumnsQuery, ImportColumnsQueryVariables>;
export const PartnerNetworkMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerNetworkMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerNetworkMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedMonths"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoints"}},{"kind":"Field","name":{"kind":"Name","value":"xs"}},{"kind":"Field","name":{"kind":"Name","value":"ys"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"strengthChanges"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weakLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerNetworkMapQuery, PartnerNetworkMapQueryVariables>;
export const PartnerNetworkPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerNetworkPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerNetworkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"limitsNote"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"processMean"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerNetworkPositionQuery, PartnerNetworkPositionQueryVariables>;
export const PartnerNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedMonths"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"respondentOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"}},{"kind":"Field","name":{"kind":"Name","value":"eiIndex"}},{"kind":"Field","name":{"kind":"Name","value":"communitySectorNmi"}},{"kind":"Field","name":{"kind":"Name","value":"componentCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"inDegree"}},{"kind":"Field","name":{"kind":"Name","value":"outDegree"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isolate"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"degreeChange"}},{"kind":"Field","name":{"kind":"Name","value":"strengthChange"}},{"kind":"Field","name":{"kind":"Name","value":"betweennessChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"forwardStrength"}},{"kind":"Field","name":{"kind":"Name","value":"backwardStrength"}},{"kind":"Field","name":{"kind":"Name","value":"forwardRatings"}},{"kind":"Field","name":{"kind":"Name","value":"backwardRatings"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocityGap"}},{"kind":"Field","name":{"kind":"Name","value":"oneSided"}},{"kind":"Field","name":{"kind":"Name","value":"bridge"}},{"kind":"Field","name":{"kind":"Name","value":"strengthChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weakLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"internalShare"}},{"kind":"Field","name":{"kind":"Name","value":"eiIndex"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerNetworkQuery, PartnerNetworkQueryVariables>;
export const ArchiveOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ArchiveOrganisationMutation, ArchiveOrganisationMutationVariables>;
export const RestoreOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RestoreOrganisationMutation, RestoreOrganisationMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const PartnerRelationshipSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRelationshipSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerRelationshipSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"ratedMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"given"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"partnersRated"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"ratingOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"meanTrust"}},{"kind":"Field","name":{"kind":"Name","value":"meanValue"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerRelationshipSummaryQuery, PartnerRelationshipSummaryQueryVariables>;
export const PartnerSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerSeatsQuery, PartnerSeatsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const ArchivePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ArchivePersonMutation, ArchivePersonMutationVariables>;
export const RestorePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestorePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RestorePersonMutation, RestorePersonMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const ArchivePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<ArchivePlaceMutation, ArchivePlaceMutationVariables>;
export const RestorePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestorePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<RestorePlaceMutation, RestorePlaceMutationVariables>;
export const PlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Place"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<PlaceQuery, PlaceQueryVariables>;
export const PlacesRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacesRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<PlacesRegisterQuery, PlacesRegisterQueryVariables>;
export const CreatePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<CreatePlaceMutation, CreatePlaceMutationVariables>;
export const UpdatePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const PowerFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PowerFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powerIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCount"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionRatio"}},{"kind":"Field","name":{"kind":"Name","value":"outsideForumShare"}},{"kind":"Field","name":{"kind":"Name","value":"deputiesWithoutAuthorityShare"}},{"kind":"Field","name":{"kind":"Name","value":"proposerHhi"}},{"kind":"Field","name":{"kind":"Name","value":"proposerGini"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedShare"}},{"kind":"Field","name":{"kind":"Name","value":"dissentRate"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSurfacedRate"}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"seatShare"}},{"kind":"Field","name":{"kind":"Name","value":"voteShare"}},{"kind":"Field","name":{"kind":"Name","value":"weightShare"}},{"kind":"Field","name":{"kind":"Name","value":"seatRatio"}},{"kind":"Field","name":{"kind":"Name","value":"voteRatio"}},{"kind":"Field","name":{"kind":"Name","value":"seatFlag"}},{"kind":"Field","name":{"kind":"Name","value":"voteFlag"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"powerSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"limitsNote"}},{"kind":"Field","name":{"kind":"Name","value":"latestVariation"}},{"kind":"Field","name":{"kind":"Name","value":"latestMonth"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"movingRange"}},{"kind":"Field","name":{"kind":"Name","value":"processMean"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tooCosy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"latestMonth"}},{"kind":"Field","name":{"kind":"Name","value":"dissentWarning"}},{"kind":"Field","name":{"kind":"Name","value":"dissentMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSurfacedWarning"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSurfacedMonths"}}]}}]}}]}}]} as unknown as DocumentNode<PowerFiguresQuery, PowerFiguresQueryVariables>;
export const ManualIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManualIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manualIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualIndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]} as unknown as DocumentNode<ManualIndicatorsQuery, ManualIndicatorsQueryVariables>;
export const RecordManualIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordManualIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordManualIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualIndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]} as unknown as DocumentNode<RecordManualIndicatorMutation, RecordManualIndicatorMutationVariables>;
export const BoardPackSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardPackSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardPackSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<BoardPackSupportQuery, BoardPackSupportQueryVariables>;
export const BoardPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPackFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<BoardPackQuery, BoardPackQueryVariables>;
export const RequestBoardPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBoardPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBoardPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPackFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<RequestBoardPackMutation, RequestBoardPackMutationVariables>;
export const MonthlyReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"roundClosed"}},{"kind":"Field","name":{"kind":"Name","value":"figuresComputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practiceScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLower"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceUpper"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLower"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceUpper"}},{"kind":"Field","name":{"kind":"Name","value":"processMean"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousMonth"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOnSide"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousMonth"}},{"kind":"Field","name":{"kind":"Name","value":"respondentOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"weakLinkCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mostSerious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"alsoFlagged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newIsolates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"previousDegree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokenBridges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"xs"}},{"kind":"Field","name":{"kind":"Name","value":"ys"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weakLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"power"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"processMean"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tooCosy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"latestMonth"}},{"kind":"Field","name":{"kind":"Name","value":"dissentWarning"}},{"kind":"Field","name":{"kind":"Name","value":"dissentMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSurfacedWarning"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSurfacedMonths"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonthlyReviewQuery, MonthlyReviewQueryVariables>;
export const ReviewMonthsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewMonthsQuery, ReviewMonthsQueryVariables>;
export const PracticeScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticeScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"practiceScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortHelp"}},{"kind":"Field","name":{"kind":"Name","value":"limitsNote"}},{"kind":"Field","name":{"kind":"Name","value":"latestVariation"}},{"kind":"Field","name":{"kind":"Name","value":"rebases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreRebaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rebaseSuggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RebaseSuggestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorePointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreRebaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRebase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RebaseSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RebaseSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorePointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeScorePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLower"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceUpper"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"movingRange"}},{"kind":"Field","name":{"kind":"Name","value":"processMean"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]} as unknown as DocumentNode<PracticeScoresQuery, PracticeScoresQueryVariables>;
export const SummaryScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SummaryScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summaryScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortHelp"}},{"kind":"Field","name":{"kind":"Name","value":"limitsNote"}},{"kind":"Field","name":{"kind":"Name","value":"latestVariation"}},{"kind":"Field","name":{"kind":"Name","value":"rebases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreRebaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rebaseSuggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RebaseSuggestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorePointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreRebaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRebase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RebaseSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RebaseSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorePointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeScorePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLower"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceUpper"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"movingRange"}},{"kind":"Field","name":{"kind":"Name","value":"processMean"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]} as unknown as DocumentNode<SummaryScoresQuery, SummaryScoresQueryVariables>;
export const ScoreMonthsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoreMonthsQuery, ScoreMonthsQueryVariables>;
export const SetScoreRebaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetScoreRebase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRebaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoreRebase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SetScoreRebaseMutation, SetScoreRebaseMutationVariables>;
export const WithdrawScoreRebaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawScoreRebase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawScoreRebase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawScoreRebaseMutation, WithdrawScoreRebaseMutationVariables>;
export const DismissRebaseSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissRebaseSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RebaseSuggestionDismissalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissRebaseSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DismissRebaseSuggestionMutation, DismissRebaseSuggestionMutationVariables>;
export const SecurityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityEventsQuery, SecurityEventsQueryVariables>;
export const SurveyInviteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyInvitees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleGroup"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyInviteesQuery, SurveyInviteesQueryVariables>;
export const SurveyInviteeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyInviteeIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchingIds"}}]}}]}}]} as unknown as DocumentNode<SurveyInviteeIdsQuery, SurveyInviteeIdsQueryVariables>;
export const InviteeOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteeOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteeOrganisationsQuery, InviteeOrganisationsQueryVariables>;
export const SurveyRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}}]}}]} as unknown as DocumentNode<SurveyRoundsQuery, SurveyRoundsQueryVariables>;
export const SurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withInvitations"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withInvitations"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyInvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyRoundQuery, SurveyRoundQueryVariables>;
export const OpenSurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenSurveyRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyInvitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OpenSurveyRoundMutation, OpenSurveyRoundMutationVariables>;
export const ReissueInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReissueInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyInvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReissueInvitationMutation, ReissueInvitationMutationVariables>;
export const CloseSurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitationCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}}]}}]} as unknown as DocumentNode<CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables>;
export const SurveyByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundMonth"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyAnswersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyAnswersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"alignment"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contactFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<SurveyByTokenQuery, SurveyByTokenQueryVariables>;
export const SaveSurveyAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSurveyAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSurveyAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}]}]}}]} as unknown as DocumentNode<SaveSurveyAnswersMutation, SaveSurveyAnswersMutationVariables>;
export const SubmitSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}]}]}}]} as unknown as DocumentNode<SubmitSurveyMutation, SubmitSurveyMutationVariables>;
export const ForumOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ForumOptionsQuery, ForumOptionsQueryVariables>;
export const OrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const PlaceNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlaceNamesQuery, PlaceNamesQueryVariables>;
export const PlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlacesQuery, PlacesQueryVariables>;