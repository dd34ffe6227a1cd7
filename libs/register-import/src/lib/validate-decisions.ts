import {
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  DECISION_SUMMARY_MAX_LENGTH,
  DECISION_TITLE_MAX_LENGTH,
  type DecisionOutcome,
  type DecisionParticipation,
  EVIDENCE_TITLE_MAX_LENGTH,
  evidenceUrlProblem,
  isIsoDate,
  MAX_DECISION_PARTICIPANTS,
  participationProblem,
  type PracticeKey,
  PRACTICES,
} from '@stewardship/domain';
import * as z from 'zod';
import { choiceCell, choiceKey, dateCell, isoDateOf, optionalCell, referenceCell, referenceListCell, requiredTextCell, yesNoCell } from './cell-schemas';
import { matchHeaders } from './header-matching';
import { type ImportProblem, ProblemList } from './import-problems';
import type { Sheet } from './read-sheet';
import type { ImportRecordBase } from './record-change';
import { type ImportContext, nameKey, RegisterIndex } from './register-index';
import { countRows, type FieldSchemas, type ParsedRow, parseRows } from './sheet-rows';

/**
 * A decision to add to the log ('create'), or one the log already holds ('unchanged': same forum, date and title,
 * ignoring case). The log is append-only, so an import never changes a decision: corrections are amendments.
 */
export interface DecisionRecord extends ImportRecordBase {
  forumId: string;
  date: string;
  title: string;
  summary: string;
  proposerId: string | null;
  outcome: DecisionOutcome;
  outsideForum: boolean;
  conflictSurfaced: boolean;
  practices: PracticeKey[];
  evidence: { url: string; title: string }[];
  /** The decision it reopens when that one is already in the log. */
  reopensId: string | null;
  /** Or the file row of the new decision it reopens; the API gives that decision its id before writing either. */
  reopensRow: number | null;
  participants: (DecisionParticipation & { organisationId: string })[];
}

/** The participant columns and the flags a partner named in each gets. */
const PARTICIPANT_COLUMNS = {
  affected: { affected: true },
  present: { present: true },
  consulted: { consulted: true },
  voted: { vote: true },
  dissented: { dissented: true },
  deputies: { deputy: true },
  // A deputy with delegated authority is a deputy: listing the partner under Deputies as well is not needed.
  deputiesWithAuthority: { deputy: true, delegatedAuthority: true },
} as const satisfies Record<string, Partial<DecisionParticipation>>;
type ParticipantColumn = keyof typeof PARTICIPANT_COLUMNS;
const NOT_TAKING_PART: DecisionParticipation = { affected: false, present: false, consulted: false, vote: false, dissented: false, deputy: false, delegatedAuthority: false };

const PRACTICE_BY_KEY = new Map<string, PracticeKey>(
  PRACTICES.flatMap((practice) => [[String(practice.number), practice.key] as const, [choiceKey(practice.name), practice.key] as const, [choiceKey(practice.key), practice.key] as const]),
);

/** Practices by number (1 to 6), name or stored key, separated by semicolons; each once. */
const practicesCell = z.string().transform((cell, ctx) => {
  const practices = new Set<PracticeKey>();
  for (const written of cell.split(';').map((part) => part.trim())) {
    if (written === '') continue;
    const practice = PRACTICE_BY_KEY.get(choiceKey(written));
    if (practice) practices.add(practice);
    else ctx.addIssue({ code: 'custom', message: `Unknown practice "${written}": use a number from 1 to 6 or a practice's name` });
  }
  return PRACTICES.map((practice) => practice.key).filter((key) => practices.has(key));
});

/** "2025-04-10 Pool the frailty budget": the date and title of the decision reopened, found once the row's forum is known. */
const reopensCell = z.string().transform((cell, ctx) => {
  const parts = /^(\S+)\s+(.+)$/.exec(cell);
  const date = parts ? isoDateOf(parts[1]) : '';
  if (!parts || !isIsoDate(date)) {
    ctx.addIssue({ code: 'custom', message: `Write the date and title of the decision it reopens, as "2025-04-10 Pool the frailty budget"` });
    return z.NEVER;
  }
  return { date, title: parts[2] };
});

function decisionCells(register: RegisterIndex) {
  const partner = (written: string) => register.findOrganisation(written, true);
  const partners = optionalCell(referenceListCell(partner));
  return {
    forum: referenceCell('Enter the forum: the name or external ID of a forum in the register', (written) => register.findForum(written)),
    date: dateCell('the day the decision was taken'),
    title: requiredTextCell('Title', DECISION_TITLE_MAX_LENGTH, true),
    summary: requiredTextCell('Summary', DECISION_SUMMARY_MAX_LENGTH, false),
    proposer: optionalCell(referenceCell('', partner)),
    outcome: choiceCell('outcome', DECISION_OUTCOMES, DECISION_OUTCOME_LABELS),
    outsideForum: yesNoCell(false),
    conflictSurfaced: yesNoCell(false),
    practices: optionalCell(practicesCell),
    reopens: optionalCell(reopensCell),
    evidenceUrl: optionalCell(z.string().superRefine((cell, ctx) => {
      const problem = evidenceUrlProblem(cell);
      if (problem) ctx.addIssue({ code: 'custom', message: `Bad evidence URL "${cell}": ${problem}` });
    })),
    evidenceTitle: optionalCell(requiredTextCell('Title of the evidence', EVIDENCE_TITLE_MAX_LENGTH, true)),
    affected: partners,
    present: partners,
    consulted: partners,
    voted: partners,
    dissented: partners,
    deputies: partners,
    deputiesWithAuthority: partners,
  } satisfies FieldSchemas;
}

type DecisionRow = ParsedRow<ReturnType<typeof decisionCells>>;

/** A decision's identity in the log and in the file: forum, day and title ignoring case. */
const decisionKey = (forumId: string, date: string, title: string) => `${forumId}|${date}|${nameKey(title)}`;

/**
 * One row per decision. A row naming the forum, date and title of a decision already in the log is unchanged and
 * adds nothing, so a file can be imported again; two rows naming the same decision are a problem. `placeLeadOf`, when
 * given, is the importing place lead's place: they record decisions of its forums only, as in the app.
 */
export function validateDecisions(
  sheet: Sheet,
  context: ImportContext,
  placeLeadOf?: string | null,
): { rowCount: number; problems: ImportProblem[]; decisions: DecisionRecord[] } {
  const columns = matchHeaders('decisions', sheet.headers);
  const problems = new ProblemList(columns);
  const register = new RegisterIndex(context);
  const rows = parseRows(sheet, columns, decisionCells(register), problems);

  if (placeLeadOf !== undefined) {
    const forumsById = new Map(context.forums.map((forum) => [forum.id, forum]));
    for (const row of rows) {
      const forum = row.values.forum === undefined ? undefined : forumsById.get(row.values.forum);
      if (forum && (forum.placeId === null || forum.placeId !== placeLeadOf)) {
        problems.add(row, 'forum', `"${forum.name}" is not one of your place's forums: a place lead imports decisions of their own place's forums only`);
      }
    }
  }

  const inLog = new Map(context.decisions.map((decision) => [decisionKey(decision.forumId, decision.date, decision.title), decision]));
  const earlierRows = new Map<string, { number: number; date: string }>();
  const decisions: DecisionRecord[] = [];
  for (const row of rows) {
    const { forum, date, title } = row.values;
    const key = forum !== undefined && date !== undefined && title !== undefined ? decisionKey(forum, date, title) : null;
    if (key !== null) {
      const earlier = earlierRows.get(key);
      if (earlier) problems.add(row, 'title', `Duplicate of row ${earlier.number} (same forum, date and title)`);
      else earlierRows.set(key, { number: row.number, date: date as string });
    }
    const existing = key === null ? undefined : inLog.get(key);
    const reopened = findReopened(row, key, inLog, earlierRows, problems);
    const evidence = evidenceOf(row, problems);
    const participants = participantsOf(row, register, problems);
    if (problems.hasRow(row.number) || key === null) continue;
    const { values } = row;
    decisions.push({
      row: row.number,
      existingId: existing?.id ?? null,
      matched: null,
      change: existing ? 'unchanged' : 'create',
      changes: {},
      forumId: values.forum as string,
      date: values.date as string,
      title: values.title as string,
      summary: values.summary as string,
      proposerId: values.proposer ?? null,
      outcome: values.outcome as DecisionOutcome,
      outsideForum: values.outsideForum ?? false,
      conflictSurfaced: values.conflictSurfaced ?? false,
      practices: values.practices ?? [],
      evidence,
      reopensId: reopened?.id ?? null,
      reopensRow: reopened?.row ?? null,
      participants,
    });
  }
  return { rowCount: countRows(sheet), problems: problems.list(), decisions };
}

/** The decision a row reopens: of the same forum, in the log or on an earlier row of the file, and not taken later. */
function findReopened(
  row: DecisionRow,
  ownKey: string | null,
  inLog: ReadonlyMap<string, { id: string; date: string }>,
  earlierRows: ReadonlyMap<string, { number: number; date: string }>,
  problems: ProblemList,
): { id: string; row?: undefined } | { row: number; id?: undefined } | null {
  const { reopens, forum, date } = row.values;
  if (!reopens || forum === undefined) return null;
  const key = decisionKey(forum, reopens.date, reopens.title);
  if (key === ownKey) {
    problems.add(row, 'reopens', 'A decision cannot reopen itself');
    return null;
  }
  const logged = inLog.get(key);
  const earlier = earlierRows.get(key);
  if (!logged && !earlier) {
    problems.add(row, 'reopens', `No decision of this forum dated ${reopens.date} and titled "${reopens.title}" is in the log or on an earlier row of this file`);
    return null;
  }
  if (date !== undefined && reopens.date > date) {
    problems.add(row, 'reopens', `The decision it reopens was taken later (${reopens.date}); choose an earlier one`);
    return null;
  }
  return logged ? { id: logged.id } : { row: (earlier as { number: number }).number };
}

/** One link: an address and its title, each needing the other. */
function evidenceOf(row: DecisionRow, problems: ProblemList): { url: string; title: string }[] {
  const { evidenceUrl: url, evidenceTitle: title } = row.values;
  if (url && !title && !problems.hasCell(row.number, 'evidenceTitle')) problems.add(row, 'evidenceUrl', 'Give the link a title in the Evidence title column');
  if (title && !url && !problems.hasCell(row.number, 'evidenceUrl')) problems.add(row, 'evidenceTitle', 'Give the address of the evidence in the Evidence URL column');
  return url && title ? [{ url, title }] : [];
}

/** Every partner named in a participant column, with the flags of the columns that name it. */
function participantsOf(row: DecisionRow, register: RegisterIndex, problems: ProblemList): (DecisionParticipation & { organisationId: string })[] {
  const byOrganisation = new Map<string, DecisionParticipation & { organisationId: string; deputyColumn?: ParticipantColumn }>();
  for (const column of Object.keys(PARTICIPANT_COLUMNS) as ParticipantColumn[]) {
    for (const organisationId of row.values[column] ?? []) {
      let participant = byOrganisation.get(organisationId);
      if (!participant) {
        participant = { organisationId, ...NOT_TAKING_PART };
        byOrganisation.set(organisationId, participant);
      }
      Object.assign(participant, PARTICIPANT_COLUMNS[column]);
      if (column === 'deputies' || column === 'deputiesWithAuthority') participant.deputyColumn = column;
    }
  }
  if (byOrganisation.size > MAX_DECISION_PARTICIPANTS) {
    problems.add(row, 'affected', `A decision records at most ${MAX_DECISION_PARTICIPANTS.toLocaleString('en-GB')} partners; this row names ${byOrganisation.size.toLocaleString('en-GB')}`);
  }
  const participants: (DecisionParticipation & { organisationId: string })[] = [];
  for (const { deputyColumn, ...participant } of byOrganisation.values()) {
    const problem = participationProblem(participant);
    const name = register.organisationName(participant.organisationId);
    if (problem && participant.deputy && !participant.present && deputyColumn) {
      // The domain's rule, in a spreadsheet's words rather than a form's ticks.
      problems.add(row, deputyColumn, `${name} was represented by a deputy but is not under Present: a deputy attends in a member's place, so add it to Present`);
    } else if (problem) {
      problems.add(row, deputyColumn ?? 'present', `${name}: ${problem}`);
    }
    participants.push(participant);
  }
  return participants;
}
