import type { Faker } from '@faker-js/faker';
import { PRACTICE_KEYS, type DecisionOutcome, type DecisionParticipation, type PracticeKey, type Sector } from '@stewardship/domain';
import type { DemoForum, DemoOrganisation, DemoScale, DemoSeat, DemoSystem } from './demo-system';
import { DEFAULT_DEMO_SEED } from './generate-demo-system';
import { DEMO_STREAMS, seededFaker } from './seeded-faker';
import { DEFAULT_SURVEY_END_MONTH, monthsEnding } from './survey-months';

export const DEFAULT_DECISION_MONTHS = 36;

export interface DemoDecisionParticipant extends DecisionParticipation {
  organisationKey: string;
}

/** A decision as first recorded, and (for a few) one amendment: the fields it corrects and why. */
export interface DemoDecision {
  key: string;
  forumKey: string;
  date: string;
  title: string;
  summary: string;
  proposerKey: string | null;
  outsideForum: boolean;
  conflictSurfaced: boolean;
  outcome: DecisionOutcome;
  reopensKey: string | null;
  practices: PracticeKey[];
  evidence: { url: string; title: string }[];
  participants: DemoDecisionParticipant[];
  amendment: { reason: string; outcome: DecisionOutcome } | null;
}

/**
 * Decisions a forum makes at a monthly meeting: a few in the standard system (about 2,000 in three years); the large
 * system's 80 forums take 14–21 each, about 50,000 in three years, to measure the log's figures at scale.
 */
const DECISIONS_PER_MEETING: Record<DemoScale, { min: number; max: number }> = { standard: { min: 3, max: 6 }, large: { min: 14, max: 21 } };

export interface DemoDecisionOptions {
  seed?: number;
  endMonth?: string;
  months?: number;
}

/**
 * The patterns the power-sharing figures should find in the demo log, named so specs and README can point at them:
 * - the largest acute trust proposes a large share of what it votes on;
 * - on one place board the affected partners have a say less and less often (inclusion falls);
 * - one programme board records no dissent and surfaces no conflict in its last twelve months;
 * - deputies without delegated authority come mostly from local government.
 */
export const DECISION_STORY = {
  fallingInclusionForum: 'brackenford-place-board',
  quietForum: 'urgent-and-emergency-care-programme-board',
  quietMonths: 12,
  deputiesSector: 'LOCAL_GOVERNMENT' as Sector,
} as const;

const TOPICS = [
  ['Discharge to assess', 'a discharge-to-assess service for people leaving hospital'],
  ['Falls prevention', 'a falls prevention service run with community groups'],
  ['Winter plan', 'the winter plan and who staffs the extra beds'],
  ['Pooled budget', 'pooling the better care fund for community services'],
  ['Virtual wards', 'expanding virtual wards to frailty and respiratory patients'],
  ['Mental health crisis', 'a 24-hour mental health crisis line shared across partners'],
  ['Social prescribing', 'funding social prescribing link workers through the VCSE sector'],
  ['Estates', 'sharing buildings between the council and the community trust'],
  ['Digital records', 'a shared care record for health and social care'],
  ['Workforce', 'joint recruitment of care workers and nurses'],
  ['Children’s services', 'a single front door for children’s emotional wellbeing'],
  ['Prevention', 'a prevention fund targeting the most deprived neighbourhoods'],
  ['Urgent care', 'redesigning same-day urgent care'],
  ['Carers', 'a carers’ support offer commissioned from voluntary groups'],
] as const;
const ACTIONS = ['Agree', 'Approve', 'Fund', 'Commission', 'Review', 'Extend', 'Pilot'] as const;
const AMENDMENT_REASONS = [
  'The minutes were corrected at the next meeting',
  'The outcome was recorded wrongly: the chair has confirmed it',
  'Corrected after the forum secretary checked the action log',
] as const;

/**
 * Three years of decisions by the demo forums, a few a month each (about 2,000), with who was affected, present,
 * consulted, voted, dissented and deputised, and the patterns in DECISION_STORY. Deterministic for a seed; draws from
 * its own stream, so the system and the survey are unchanged by it.
 */
export function generateDemoDecisions(system: DemoSystem, options: DemoDecisionOptions = {}): DemoDecision[] {
  const faker = seededFaker([options.seed ?? DEFAULT_DEMO_SEED, DEMO_STREAMS.decisions]);
  const months = monthsEnding(options.endMonth ?? DEFAULT_SURVEY_END_MONTH, options.months ?? DEFAULT_DECISION_MONTHS);
  const organisations = new Map(system.organisations.map((o) => [o.key, o]));
  const largestAcute = [...system.organisations].filter((o) => o.kind === 'ACUTE_TRUST').sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0];
  const decisions: DemoDecision[] = [];
  const byForum = new Map<string, DemoDecision[]>(system.forums.map((forum) => [forum.key, []]));
  const seatsByForum = new Map<string, DemoSeat[]>(system.forums.map((forum) => [forum.key, system.seats.filter((seat) => seat.forumKey === forum.key)]));
  const perMeeting = DECISIONS_PER_MEETING[system.scale ?? 'standard'];

  months.forEach((month, monthIndex) => {
    const progress = months.length > 1 ? monthIndex / (months.length - 1) : 1;
    for (const forum of system.forums) {
      const date = `${month}-${String(faker.number.int({ min: 8, max: 26 })).padStart(2, '0')}`;
      const members = (seatsByForum.get(forum.key) ?? []).filter((seat) => seat.from <= date && (seat.to === null || date <= seat.to));
      if (!members.length) continue;
      const count = faker.number.int(perMeeting);
      const earlier = byForum.get(forum.key) ?? [];
      for (let i = 0; i < count; i++) {
        const made = decision(faker, { forum, date, members, organisations, largestAcute, progress, earlier, quiet: forum.key === DECISION_STORY.quietForum && monthIndex >= months.length - DECISION_STORY.quietMonths, key: `${forum.key}-${month}-${i + 1}` });
        decisions.push(made);
        earlier.push(made);
      }
    }
  });
  return decisions;
}

/**
 * Pairs of organisations affected by the same decisions from `fromMonth` to `toMonth` (yyyy-mm, inclusive), with how
 * many, most first (then by keys): what the partner network's missing-link rule counts.
 */
export function coAffectedPairs(decisions: readonly DemoDecision[], fromMonth: string, toMonth: string): { a: string; b: string; decisions: number }[] {
  const counts = new Map<string, number>();
  for (const decision of decisions) {
    const month = decision.date.slice(0, 7);
    if (month < fromMonth || month > toMonth) continue;
    const affected = decision.participants.filter((p) => p.affected).map((p) => p.organisationKey).sort();
    affected.forEach((a, i) => affected.slice(i + 1).forEach((b) => counts.set(`${a}|${b}`, (counts.get(`${a}|${b}`) ?? 0) + 1)));
  }
  return [...counts]
    .map(([pair, count]) => ({ a: pair.split('|')[0], b: pair.split('|')[1], decisions: count }))
    .sort((x, y) => y.decisions - x.decisions || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

interface DecisionContext {
  forum: DemoForum;
  date: string;
  members: DemoSeat[];
  organisations: Map<string, DemoOrganisation>;
  largestAcute: DemoOrganisation | undefined;
  progress: number;
  earlier: DemoDecision[];
  quiet: boolean;
  key: string;
}

function decision(faker: Faker, c: DecisionContext): DemoDecision {
  const [topic, subject] = faker.helpers.arrayElement(TOPICS);
  const action = faker.helpers.arrayElement(ACTIONS);
  const voters = c.members.filter((seat) => seat.voting);
  const acuteSits = c.largestAcute && c.members.some((seat) => seat.organisationKey === c.largestAcute?.key);
  const proposerKey = acuteSits && faker.datatype.boolean(0.4) ? c.largestAcute!.key : faker.helpers.arrayElement(voters.length ? voters : c.members).organisationKey;
  // The falling-inclusion board gives affected partners a say less often as the months pass.
  const sayChance = c.forum.key === DECISION_STORY.fallingInclusionForum ? 0.9 - 0.55 * c.progress : 0.85;
  const dissentAllowed = !c.quiet && faker.datatype.boolean(0.15);
  const participants = c.members.map((seat): DemoDecisionParticipant => {
    const sector = c.organisations.get(seat.organisationKey)?.sector;
    // A decision affects its proposer and a few others: about one member in eight.
    const affected = seat.organisationKey === proposerKey || faker.datatype.boolean(0.12);
    const hasSay = !affected || faker.datatype.boolean(sayChance);
    const present = hasSay ? faker.datatype.boolean(0.95) : faker.datatype.boolean(0.4);
    const deputy = present && faker.datatype.boolean(sector === DECISION_STORY.deputiesSector ? 0.45 : 0.12);
    return {
      organisationKey: seat.organisationKey,
      affected,
      present,
      consulted: hasSay ? faker.datatype.boolean(0.8) : false,
      vote: present && seat.voting && hasSay,
      dissented: dissentAllowed && present && seat.organisationKey !== proposerKey && faker.datatype.boolean(0.2),
      deputy,
      delegatedAuthority: deputy && faker.datatype.boolean(sector === DECISION_STORY.deputiesSector ? 0.15 : 0.85),
    };
  });
  const dissent = participants.some((p) => p.dissented);
  const outcome = faker.helpers.weightedArrayElement<DecisionOutcome>([
    { value: 'AGREED', weight: 80 },
    { value: 'DEFERRED', weight: 15 },
    { value: 'REJECTED', weight: 5 },
  ]);
  const reopened = c.earlier.length && faker.datatype.boolean(0.05) ? faker.helpers.arrayElement(c.earlier.slice(-30)) : null;
  const month = c.date.slice(0, 7);
  return {
    key: c.key,
    forumKey: c.forum.key,
    date: c.date,
    title: reopened ? `${topic}: reopened` : `${action}: ${topic.toLowerCase()}`,
    summary: `${c.forum.name} considered ${subject}.${reopened ? ` This reopens the decision of ${reopened.date}.` : ''}`,
    proposerKey,
    outsideForum: faker.datatype.boolean(0.06),
    conflictSurfaced: !c.quiet && (dissent || faker.datatype.boolean(0.2)),
    outcome,
    reopensKey: reopened?.key ?? null,
    practices: faker.helpers.arrayElements(PRACTICE_KEYS, { min: 1, max: 2 }),
    evidence: [{ url: `https://northshire.example/${c.forum.key}/minutes/${month}`, title: `${c.forum.name} minutes, ${month}` }],
    participants,
    amendment: faker.datatype.boolean(0.03) ? { reason: faker.helpers.arrayElement(AMENDMENT_REASONS), outcome: outcome === 'AGREED' ? 'DEFERRED' : 'AGREED' } : null,
  };
}
