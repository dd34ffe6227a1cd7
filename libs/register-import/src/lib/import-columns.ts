import { FORUM_KIND_LABELS, FORUM_KINDS, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, ROLE_GROUP_LABELS, ROLE_GROUPS, SECTOR_LABELS, SECTORS } from '@stewardship/domain';

export const IMPORT_KINDS = ['places', 'organisations', 'forums', 'people'] as const;
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
};

/** The header a template writes, marking optional columns so administrators know they may delete them. */
export function templateHeader(column: ImportColumn): string {
  return column.required ? column.header : `${column.header} (optional)`;
}
