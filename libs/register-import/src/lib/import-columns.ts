import {
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  DECISION_SUMMARY_MAX_LENGTH,
  DECISION_TITLE_MAX_LENGTH,
  EVIDENCE_TITLE_MAX_LENGTH,
  FORUM_KIND_LABELS,
  FORUM_KINDS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  PRACTICES,
  ROLE_GROUP_LABELS,
  ROLE_GROUPS,
  SECTOR_LABELS,
  SECTORS,
} from '@stewardship/domain';

export const IMPORT_KINDS = ['places', 'organisations', 'forums', 'people', 'decisions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportColumn {
  key: string;
  header: string;
  /** A required column must be in the file and filled on every row; an optional one may be left out. */
  required: boolean;
  help: string;
  /** Two example values; the templates are made of them. */
  example: string[];
}

const labelList = (labels: Record<string, string>, values: readonly string[]) => values.map((value) => labels[value]).join(', ');

const KEEPS_OR_CLEARS = 'Leave a cell blank to clear it, or leave the column out to keep what the register holds.';
const EXTERNAL_ID_HELP =
  'Your own identifier for the row, up to 100 characters. Rows are matched to the register by external ID first, so importing the same file again changes nothing.';
const EXISTING_ORGANISATION_HELP =
  'The ODS code or exact name of a partner organisation already in the register (import organisations first; organisations in this same file do not count).';
const PARTNER_LIST_HELP =
  'ODS codes or names of partners already in the register, separated by semicolons. A partner named in any of the participant columns is recorded as taking part; what it did is the columns it is named in.';
const NO_BY_DEFAULT = 'yes or no (also y/n, true/false, 1/0); blank means no.';

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  places: [
    { key: 'externalId', header: 'External ID', required: false, help: EXTERNAL_ID_HELP, example: ['PLACE-001', 'PLACE-002'] },
    {
      key: 'name',
      header: 'Name',
      required: true,
      help: 'The name of the place-based partnership, up to 200 characters. Without an external ID or ONS code a row is matched by name, ignoring case.',
      example: ['Example North Place', 'Example South Place'],
    },
    {
      key: 'localAuthority',
      header: 'Local authority',
      required: false,
      help: `The council the place is coterminous with. ${KEEPS_OR_CLEARS}`,
      example: ['Example North Council', 'Example South Council'],
    },
    {
      key: 'onsCode',
      header: 'ONS code',
      required: false,
      help: `The ONS (GSS) code of the local authority area: E, W, S or N and 8 digits, such as E06000047. ${KEEPS_OR_CLEARS}`,
      example: ['E99999901', 'E99999902'],
    },
  ],
  organisations: [
    { key: 'externalId', header: 'External ID', required: false, help: EXTERNAL_ID_HELP, example: ['ORG-001', 'ORG-002'] },
    {
      key: 'name',
      header: 'Name',
      required: true,
      help: "The partner organisation's name, up to 200 characters; no two partners may share a name.",
      example: ['Example Hospitals NHS Trust', 'Example Community Voice'],
    },
    {
      key: 'odsCode',
      header: 'ODS code',
      required: false,
      help: `The NHS Organisation Data Service code, 3 to 6 letters or digits such as RXN or A81001. Rows without an external ID are matched by it. ${KEEPS_OR_CLEARS}`,
      example: ['ZZ901', 'ZZ902'],
    },
    {
      key: 'kind',
      header: 'Kind',
      required: true,
      help: `One of: ${labelList(ORGANISATION_KIND_LABELS, ORGANISATION_KINDS)}.`,
      example: [ORGANISATION_KIND_LABELS.ACUTE_TRUST, ORGANISATION_KIND_LABELS.VCSE],
    },
    {
      key: 'sector',
      header: 'Sector',
      required: false,
      help: `One of: ${labelList(SECTOR_LABELS, SECTORS)}. Blank keeps the sector the register holds; a new partner gets the usual sector for its kind.`,
      example: [SECTOR_LABELS.NHS, SECTOR_LABELS.VCSE],
    },
    {
      key: 'places',
      header: 'Places',
      required: false,
      help: `The places the partner serves, by name or ONS code, separated by semicolons. Each must already be in the register (import places first; places in this same file do not count). ${KEEPS_OR_CLEARS}`,
      example: ['Example North Place', 'Example North Place; Example South Place'],
    },
    {
      key: 'weight',
      header: 'Weight',
      required: false,
      help: `Annual budget or population served, as a number of zero or more, used for representation ratios. ${KEEPS_OR_CLEARS}`,
      example: ['650', '1.2'],
    },
  ],
  forums: [
    {
      key: 'forumExternalId',
      header: 'Forum external ID',
      required: false,
      help: `${EXTERNAL_ID_HELP} Give the same value on every row of one forum.`,
      example: ['FORUM-001', 'FORUM-001'],
    },
    {
      key: 'forum',
      header: 'Forum',
      required: true,
      help: "The forum's name. Write one row per seat and repeat the forum's name, kind and place on each of its rows.",
      example: ['Example North Place Board', 'Example North Place Board'],
    },
    {
      key: 'forumKind',
      header: 'Forum kind',
      required: true,
      help: `One of: ${labelList(FORUM_KIND_LABELS, FORUM_KINDS)}.`,
      example: [FORUM_KIND_LABELS.PLACE_BOARD, FORUM_KIND_LABELS.PLACE_BOARD],
    },
    {
      key: 'forumPlace',
      header: 'Forum place',
      required: false,
      help: `The place the forum serves, by name or ONS code of a place already in the register; blank for a system-wide forum. ${KEEPS_OR_CLEARS}`,
      example: ['Example North Place', 'Example North Place'],
    },
    { key: 'organisation', header: 'Organisation', required: true, help: `The organisation holding the seat: ${EXISTING_ORGANISATION_HELP}`, example: ['ZZ901', 'Example Community Voice'] },
    {
      key: 'voting',
      header: 'Voting',
      required: false,
      help: 'Whether the seat carries a vote: yes or no (also y/n, true/false, 1/0). Blank means yes.',
      example: ['yes', 'no'],
    },
    { key: 'chair', header: 'Chair', required: false, help: 'Whether the seat holds the chair: yes or no. Blank means no.', example: ['yes', 'no'] },
    {
      key: 'from',
      header: 'From',
      required: true,
      help: 'The date the seat began, as yyyy-mm-dd or dd/mm/yyyy. A seat is matched to the register by forum, organisation and this date.',
      example: ['2024-04-01', '01/04/2024'],
    },
    {
      key: 'to',
      header: 'To',
      required: false,
      help: `The last day of the seat, on or after From; blank while it continues. ${KEEPS_OR_CLEARS}`,
      example: ['2025-03-31', '31/03/2026'],
    },
  ],
  people: [
    { key: 'externalId', header: 'External ID', required: false, help: EXTERNAL_ID_HELP, example: ['PERSON-001', 'PERSON-002'] },
    { key: 'name', header: 'Name', required: true, help: "The person's full name, up to 200 characters.", example: ['Jo Example', 'Sam Sample'] },
    {
      key: 'email',
      header: 'Email',
      required: true,
      help: 'Their work email address; no two people may share one. Rows without an external ID are matched by it.',
      example: ['jo.example@example.org', 'sam.sample@example.org'],
    },
    { key: 'organisation', header: 'Organisation', required: true, help: `The organisation they represent: ${EXISTING_ORGANISATION_HELP}`, example: ['ZZ901', 'Example Community Voice'] },
    {
      key: 'roleGroup',
      header: 'Role group',
      required: true,
      help: `The group their survey answers count in: ${labelList(ROLE_GROUP_LABELS, ROLE_GROUPS)}.`,
      example: [ROLE_GROUP_LABELS.EXECUTIVE, ROLE_GROUP_LABELS.VCSE],
    },
  ],
  decisions: [
    {
      key: 'forum',
      header: 'Forum',
      required: true,
      help: 'The name or external ID of a forum already in the register (import forums first). One row per decision: a row whose forum, date and title match a decision already in the log (ignoring case) is left as it is, so importing the same file again adds nothing.',
      example: ['Example North Place Board', 'FORUM-001'],
    },
    { key: 'date', header: 'Date', required: true, help: 'The day the decision was taken, as yyyy-mm-dd or dd/mm/yyyy.', example: ['2025-04-10', '12/06/2025'] },
    {
      key: 'title',
      header: 'Title',
      required: true,
      help: `What was decided, in a line of up to ${DECISION_TITLE_MAX_LENGTH} characters. No two rows may give the same forum, date and title.`,
      example: ['Pool the frailty budget', 'Revisit the frailty budget pooling'],
    },
    {
      key: 'summary',
      header: 'Summary',
      required: true,
      help: `What was decided and why, up to ${DECISION_SUMMARY_MAX_LENGTH.toLocaleString('en-GB')} characters; the log's search reads it.`,
      example: ['Partners agreed to pool community frailty budgets from July.', 'The council asked to revisit the pooling after its budget round.'],
    },
    {
      key: 'proposer',
      header: 'Proposed by',
      required: false,
      help: `The partner that proposed the decision: ${EXISTING_ORGANISATION_HELP} Blank when no one partner proposed it.`,
      example: ['ZZ901', 'Example Community Voice'],
    },
    {
      key: 'outcome',
      header: 'Outcome',
      required: true,
      help: `One of: ${labelList(DECISION_OUTCOME_LABELS, DECISION_OUTCOMES)}.`,
      example: [DECISION_OUTCOME_LABELS.AGREED, DECISION_OUTCOME_LABELS.DEFERRED],
    },
    {
      key: 'outsideForum',
      header: 'Taken outside the forum',
      required: false,
      help: `Whether it was settled outside the forum's meeting (beforehand, or by officers): ${NO_BY_DEFAULT}`,
      example: ['no', 'yes'],
    },
    {
      key: 'conflictSurfaced',
      header: 'Conflict surfaced',
      required: false,
      help: `Whether disagreement was raised and discussed openly: ${NO_BY_DEFAULT}`,
      example: ['yes', 'no'],
    },
    {
      key: 'practices',
      header: 'Practices',
      required: false,
      help: `The practices the decision bears on, by name or number, separated by semicolons: ${PRACTICES.map((practice) => `${practice.number} ${practice.name}`).join(', ')}.`,
      example: ['4; 6', 'Sharing power'],
    },
    {
      key: 'reopens',
      header: 'Reopens',
      required: false,
      help: 'The earlier decision of the same forum this one reopens, as its date and title ("2025-04-10 Pool the frailty budget"): a decision already in the log, or one on an earlier row of this file.',
      example: ['', '2025-04-10 Pool the frailty budget'],
    },
    {
      key: 'evidenceUrl',
      header: 'Evidence URL',
      required: false,
      help: 'A link to the evidence, such as the minutes: a web address starting with https:// or http://. Give an evidence title with it.',
      example: ['https://example.org/minutes/2025-04-10', ''],
    },
    {
      key: 'evidenceTitle',
      header: 'Evidence title',
      required: false,
      help: `What the link is, up to ${EVIDENCE_TITLE_MAX_LENGTH} characters.`,
      example: ['Board minutes, 10 April 2025', ''],
    },
    { key: 'affected', header: 'Affected', required: false, help: `Partners the decision affects: ${PARTNER_LIST_HELP}`, example: ['ZZ901; Example Community Voice', 'ZZ901'] },
    { key: 'present', header: 'Present', required: false, help: `Partners represented when it was taken: ${PARTNER_LIST_HELP}`, example: ['ZZ901; Example Community Voice', 'ZZ901'] },
    { key: 'consulted', header: 'Consulted', required: false, help: `Partners consulted beforehand: ${PARTNER_LIST_HELP}`, example: ['Example Community Voice', ''] },
    { key: 'voted', header: 'Voted', required: false, help: `Partners that had a vote on it: ${PARTNER_LIST_HELP}`, example: ['ZZ901', 'ZZ901'] },
    { key: 'dissented', header: 'Dissented', required: false, help: `Partners whose dissent was recorded: ${PARTNER_LIST_HELP}`, example: ['', 'Example Community Voice'] },
    {
      key: 'deputies',
      header: 'Deputies',
      required: false,
      help: `Partners represented by a deputy without delegated authority; each must also be under Present. ${PARTNER_LIST_HELP}`,
      example: ['Example Community Voice', ''],
    },
    {
      key: 'deputiesWithAuthority',
      header: 'Deputies with delegated authority',
      required: false,
      help: `Partners represented by a deputy who could commit them; each must also be under Present, and need not be under Deputies. ${PARTNER_LIST_HELP}`,
      example: ['', 'ZZ901'],
    },
  ],
};

/** The header a template writes, marking optional columns so administrators know they may delete them. */
export function templateHeader(column: ImportColumn): string {
  return column.required ? column.header : `${column.header} (optional)`;
}
