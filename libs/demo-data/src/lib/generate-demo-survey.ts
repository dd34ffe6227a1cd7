import type { Faker } from '@faker-js/faker';
import { PRACTICE_KEYS, type PracticeKey, type RoleGroup } from '@stewardship/domain';
import type { ContactFrequency, DemoPracticeResponse, DemoRelationshipRating, DemoSurvey, DemoSurveyRound, Likert } from './demo-survey';
import type { DemoScale, DemoSystem } from './demo-system';
import { DEFAULT_DEMO_SEED } from './generate-demo-system';
import { drawNoise, logisticQuantile, stratifiedUniforms, toLikert } from './likert';
import { DEMO_STREAMS, seededFaker } from './seeded-faker';
import { coAffectedPairs, generateDemoDecisions, type DemoDecision } from './generate-demo-decisions';
import { DEFAULT_SURVEY_END_MONTH, monthsEnding, surveyRound } from './survey-months';
import { buildSurveyPanel, type Panellist, type SurveyPanel, type Tie } from './survey-panel';
import {
  practiceTrueMean,
  ROLE_GROUP_LEANINGS,
  scenarioMonth,
  SECTOR_LEANINGS,
  WEAKENING,
  weakeningRating,
} from './survey-scenario';
import { ONE_SIDED_NOTES, PRACTICE_COMMENTS, RELATIONSHIP_NOTES, sentimentOf, WEAKENING_NOTES } from './survey-texts';

export { DEFAULT_SURVEY_END_MONTH } from './survey-months';
export const DEFAULT_SURVEY_MONTHS = 24;

export interface DemoSurveyOptions {
  /** Default DEFAULT_DEMO_SEED; pass the seed the system was generated with. */
  seed?: number;
  /** How many monthly rounds, ending at endMonth; default 24. */
  months?: number;
  /** yyyy-mm; default '2026-10'. */
  endMonth?: string;
  /** The system's default decision log (generateDemoDecisions(system, { seed })), when the caller has it already. */
  decisions?: readonly DemoDecision[];
}

/**
 * Responses a month: a core of about 150 plus about one for every six partners, so that the
 * standard system (120 partners) gets about 170 and the large one (about 1,000) about 330:
 * enough for every sector and role group, while some role groups within a place fall below the
 * minimum group size in some months.
 */
const RESPONSES_BASE = 150;
const RESPONSES_PER_PARTNER = 0.18;
/** A month's turnout varies by up to this share either way. */
const TURNOUT_SPREAD = 0.08;

/** Spread of one answer around the respondent's own mean for a practice, on the latent scale. */
const ANSWER_SD = 0.75;
const COMMENT_CHANCE = 1 / 6;
/** A comment is usually on the practice the respondent felt most strongly about. */
const COMMENT_ON_STRONGEST_CHANCE = 0.7;
const OUTCOME_SD = 0.5;

/** Share of a person's usual partners they leave out in a month; everyone still rates at least two. */
const SKIP_PARTNER_CHANCE = 0.05;
const MIN_PARTNERS_RATED = 2;
const TRUST_SD = 0.5;
const VALUE_SD = 0.6;
/** How far a person's general warmth carries into how they rate partners. */
const DISPOSITION_IN_RATINGS = 0.4;
const NOTE_CHANCE = { usual: 0.1, oneSidedLow: 0.5, weakening: 0.4 } as const;
/** Latent contact above each threshold, checked in order; a forum shared means more contact. */
const CONTACT_THRESHOLDS: ReadonlyArray<[ContactFrequency, number]> = [
  ['WEEKLY', 4.4],
  ['MONTHLY', 3.5],
  ['QUARTERLY', 2.6],
];
const FORUM_CONTACT_BONUS = 0.6;
const CONTACT_SD = 0.5;

/**
 * Monthly pulse-survey rounds, practice responses and relationship ratings for a demo system.
 * Deterministic: the same system, seed and month always give the same rows, whichever window of
 * months is asked for, because each month draws from its own seeded stream and the panel (who
 * people are, whom they work with) is drawn once from another. None of it touches the streams
 * that built the system.
 *
 * The data tell a story for the SPC charts (see survey-scenario.ts): shared purpose steps up
 * from month 13, sharing power falls over the last nine months, the other practices are flat;
 * and the network has what its weak-link finder looks for (see survey-panel.ts): sector silos, one
 * broker holding a place together, one-sided relationships, relationships rated lower every month
 * over the last six, and partners affected by the same decisions who never rate each other.
 */
export function generateDemoSurvey(system: DemoSystem, options: DemoSurveyOptions = {}): DemoSurvey {
  const survey: DemoSurvey = { rounds: [], responses: [], ratings: [] };
  for (const month of generateDemoSurveyMonths(system, options)) {
    survey.rounds.push(month.round);
    for (const response of month.responses) survey.responses.push(response);
    for (const rating of month.ratings) survey.ratings.push(rating);
  }
  return survey;
}

/**
 * The same survey one month at a time, oldest first, so a loader holds one month in memory (the large system's 24
 * months are about 500,000 responses). Each month also carries its staff responses (see DemoSurveyMonth): none in
 * the standard system.
 */
export function* generateDemoSurveyMonths(system: DemoSystem, options: DemoSurveyOptions = {}): Generator<DemoSurveyMonth> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const endMonth = options.endMonth ?? DEFAULT_SURVEY_END_MONTH;
  const months = monthsEnding(endMonth, options.months ?? DEFAULT_SURVEY_MONTHS);
  // Pairs the default decision log affects together in its last year are where the panel keeps partners apart
  // (missing links): fixed months, so the panel, and a month's rows, do not depend on the window asked for.
  const decided = coAffectedPairs(options.decisions ?? generateDemoDecisions(system, { seed }), monthsEnding(DEFAULT_SURVEY_END_MONTH, 12)[0], DEFAULT_SURVEY_END_MONTH);
  const panel = buildSurveyPanel(seededFaker([seed, DEMO_STREAMS.survey]), system, decided);
  const profile = SURVEY_PROFILES[system.scale ?? 'standard'];
  const turnout = profile.panelTurnout ?? RESPONSES_BASE + RESPONSES_PER_PARTNER * system.organisations.length;
  for (const month of months) {
    const [year, monthOfYear] = month.split('-').map(Number);
    const faker = seededFaker([seed, DEMO_STREAMS.survey, year, monthOfYear]);
    const respondents = drawRespondents(faker, panel, turnout, profile.turnoutSpread);
    const storyMonth = scenarioMonth(month);
    const responses = practiceResponses(faker, respondents, month, storyMonth);
    const ratings = respondents.flatMap((respondent) => relationshipRatings(faker, respondent, month, storyMonth));
    // Drawn after everything else in the month, so the panel's rows are the same with or without them.
    const staffResponses = profile.responsesPerMonth ? staffResponsesFor(faker, panel, profile.responsesPerMonth - responses.length, month, storyMonth) : [];
    yield { round: surveyRound(month), responses, ratings, staffResponses };
  }
}

/** One month of the survey: its round, the panel's responses and ratings, and the staff responses. */
export interface DemoSurveyMonth {
  round: DemoSurveyRound;
  responses: DemoPracticeResponse[];
  ratings: DemoRelationshipRating[];
  /**
   * The large system's pulse answered by staff beyond the named panel: practice scores and outcomes only, no
   * partner ratings, so about 21,000 responses a month come with about 19,000 ratings. A response names only what it
   * may say about the respondent (organisation and role group), as every response does.
   */
  staffResponses: DemoStaffResponse[];
}

export type DemoStaffResponse = Omit<DemoPracticeResponse, 'personKey'> & { organisationKey: string; roleGroup: RoleGroup };

/**
 * standard: about 170 panel responses a month (see RESPONSES_BASE). large: about 4,800 of its ~5,200 named people
 * answer (about 19,000 ratings), and staff responses make the month up to about 21,000.
 */
const SURVEY_PROFILES: Record<DemoScale, { panelTurnout: number | null; turnoutSpread: number; responsesPerMonth: number | null }> = {
  standard: { panelTurnout: null, turnoutSpread: TURNOUT_SPREAD, responsesPerMonth: null },
  large: { panelTurnout: 4_800, turnoutSpread: TURNOUT_SPREAD / 2, responsesPerMonth: 21_000 },
};

/**
 * `count` (give or take the turnout spread) staff responses: each from a colleague of a panellist drawn at random,
 * sharing their organisation, role group and leanings on the practices, with their own warmth.
 */
function staffResponsesFor(faker: Faker, panel: SurveyPanel, count: number, month: string, storyMonth: number): DemoStaffResponse[] {
  const wanted = Math.max(0, Math.round(count * faker.number.float({ min: 1 - TURNOUT_SPREAD / 4, max: 1 + TURNOUT_SPREAD / 4 })));
  const colleagues: Panellist[] = Array.from({ length: wanted }, () => {
    const panellist = faker.helpers.arrayElement(panel.panellists);
    return { ...panellist, disposition: drawNoise(faker, STAFF_DISPOSITION_SD), ties: [] };
  });
  return practiceResponses(faker, colleagues, month, storyMonth).map(({ personKey: _personKey, ...response }, i) => ({
    ...response,
    organisationKey: colleagues[i].organisation.key,
    roleGroup: colleagues[i].person.roleGroup,
  }));
}
const STAFF_DISPOSITION_SD = 0.3;

/**
 * This month's respondents, in the order of the system's people: one person from each
 * organisation in a watched relationship, then a weighted sample without replacement
 * (Efraimidis–Spirakis: the largest ln(u) / propensity) to make up the month's turnout.
 */
function drawRespondents(faker: Faker, panel: SurveyPanel, turnout: number, spread: number): Panellist[] {
  const { panellists } = panel;
  const wanted = Math.min(panellists.length, Math.round(turnout * faker.number.float({ min: 1 - spread, max: 1 + spread })));
  const chosen = new Set<number>();
  for (const organisationKey of panel.engagedOrganisationKeys) {
    const staff = panellists.flatMap((panellist, index) => (panellist.organisation.key === organisationKey ? [index] : []));
    if (staff.length > 0) {
      chosen.add(faker.helpers.arrayElement(staff));
    }
  }
  const ranked = panellists
    .map((panellist, index) => ({ index, key: Math.log(faker.number.float({ min: Number.EPSILON, max: 1 })) / panellist.propensity }))
    .filter(({ index }) => !chosen.has(index))
    .sort((a, b) => b.key - a.key);
  for (const { index } of ranked.slice(0, Math.max(0, wanted - chosen.size))) {
    chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b).map((index) => panellists[index]);
}

/**
 * Each respondent's latent mean for a practice is the month's true mean plus their sector's,
 * role group's and their own leanings; the answer adds logistic noise and rounds to 1–5. The
 * noise is stratified across the month's respondents, one slice of the distribution each, so
 * the month's mean follows the story closely while individual answers still spread widely.
 */
function practiceResponses(faker: Faker, respondents: readonly Panellist[], month: string, storyMonth: number): DemoPracticeResponse[] {
  const noise = new Map(
    PRACTICE_KEYS.map((practice) => [
      practice,
      stratifiedUniforms(faker, respondents.length).map((u) => logisticQuantile(u, ANSWER_SD)),
    ]),
  );
  return respondents.map((respondent, index) => {
    const scores = {} as Record<PracticeKey, Likert>;
    for (const practice of PRACTICE_KEYS) {
      const latent =
        practiceTrueMean(practice, storyMonth) +
        (SECTOR_LEANINGS[respondent.organisation.sector][practice] ?? 0) +
        ROLE_GROUP_LEANINGS[respondent.person.roleGroup] +
        respondent.disposition +
        respondent.leanings[practice] +
        (noise.get(practice)?.[index] ?? 0);
      scores[practice] = toLikert(latent);
    }
    const meanScore = PRACTICE_KEYS.reduce((sum, practice) => sum + scores[practice], 0) / PRACTICE_KEYS.length;
    return {
      month,
      personKey: respondent.person.key,
      scores,
      comments: drawComment(faker, scores),
      // Direction leans on shared purpose, alignment on shared decisions; people report more commitment than either.
      direction: toLikert((meanScore + scores.SHARED_PURPOSE) / 2 + drawNoise(faker, OUTCOME_SD)),
      alignment: toLikert((meanScore + scores.SHARED_DECISIONS) / 2 - 0.2 + drawNoise(faker, OUTCOME_SD)),
      commitment: toLikert(meanScore + 0.5 + drawNoise(faker, OUTCOME_SD)),
    };
  });
}

function drawComment(faker: Faker, scores: Record<PracticeKey, Likert>): Partial<Record<PracticeKey, string>> {
  if (!faker.datatype.boolean({ probability: COMMENT_CHANCE })) {
    return {};
  }
  const strongest = faker.helpers
    .shuffle([...PRACTICE_KEYS])
    .reduce((best, practice) => (Math.abs(scores[practice] - 3) > Math.abs(scores[best] - 3) ? practice : best));
  const practice = faker.datatype.boolean({ probability: COMMENT_ON_STRONGEST_CHANCE })
    ? strongest
    : faker.helpers.arrayElement(PRACTICE_KEYS);
  return { [practice]: faker.helpers.arrayElement(PRACTICE_COMMENTS[practice][sentimentOf(scores[practice])]) };
}

/** The respondent's usual partners, less the odd one skipped this month; watched partners are never skipped. */
function partnersRated(faker: Faker, respondent: Panellist): Tie[] {
  const skipped = respondent.ties.map((tie) => tie.watched === null && faker.datatype.boolean({ probability: SKIP_PARTNER_CHANCE }));
  const kept = respondent.ties.filter((_, index) => !skipped[index]);
  return kept.length >= MIN_PARTNERS_RATED ? kept : respondent.ties.slice(0, MIN_PARTNERS_RATED);
}

function relationshipRatings(faker: Faker, respondent: Panellist, month: string, storyMonth: number): DemoRelationshipRating[] {
  return partnersRated(faker, respondent).map((tie) => {
    const latent = tie.strength + DISPOSITION_IN_RATINGS * respondent.disposition;
    // One-sided relationships stay in their bands, so the gap is there to find every month.
    const [lowest, highest]: [Likert, Likert] =
      tie.watched === 'ONE_SIDED_HIGH' ? [4, 5] : tie.watched === 'ONE_SIDED_LOW' ? [1, 2] : [1, 5];
    // The noise is drawn whether or not a weakening schedule replaces it, so every other rating keeps its draws.
    const trust = toLikert(latent + drawNoise(faker, TRUST_SD), lowest, highest);
    const value = toLikert(latent + drawNoise(faker, VALUE_SD), lowest, highest);
    const contact = tie.closeness + (tie.sharesForum ? FORUM_CONTACT_BONUS : 0) + drawNoise(faker, CONTACT_SD);
    const weakening = tie.watched === 'WEAKENING' ? weakeningRating(storyMonth) : null;
    const rating = weakening ?? { trust, value, contactFrequency: CONTACT_THRESHOLDS.find(([, threshold]) => contact >= threshold)?.[0] ?? 'RARELY' };
    return {
      month,
      personKey: respondent.person.key,
      organisationKey: tie.partnerKey,
      ...rating,
      type: tie.type,
      note: drawNote(faker, tie, rating.trust, weakening !== null && storyMonth > WEAKENING.lastSteadyMonth),
    };
  });
}

function drawNote(faker: Faker, tie: Tie, trust: Likert, weakening: boolean): string | null {
  if (tie.watched === 'ONE_SIDED_LOW' && faker.datatype.boolean({ probability: NOTE_CHANCE.oneSidedLow })) {
    return faker.helpers.arrayElement(ONE_SIDED_NOTES);
  }
  if (weakening && faker.datatype.boolean({ probability: NOTE_CHANCE.weakening })) {
    return faker.helpers.arrayElement(WEAKENING_NOTES);
  }
  return faker.datatype.boolean({ probability: NOTE_CHANCE.usual })
    ? faker.helpers.arrayElement(RELATIONSHIP_NOTES[sentimentOf(trust)])
    : null;
}
