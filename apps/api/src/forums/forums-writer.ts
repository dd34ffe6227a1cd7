// Data access: set-based SQL for bulk writes (one statement per table), inside the caller's transaction. Single
// forums and seats are written through the repository in forums.service.ts.
import { BulkTable, textColumn } from '../common/bulk-table';

/** What a bulk write sets on a forum. */
export interface ForumRow {
  name: string;
  kind: string;
  placeId: string | null;
  externalId: string | null;
}

/** What a bulk write sets on a seat; `from` and `to` are yyyy-mm-dd. */
export interface SeatRow {
  forumId: string;
  organisationId: string;
  voting: boolean;
  chair: boolean;
  from: string;
  to: string | null;
}

/** Forums written in bulk, by the register import and the demo loader. */
export const forumsWriter = new BulkTable<ForumRow>(
  'forums',
  { name: textColumn('name'), kind: textColumn('kind'), placeId: { column: 'place_id', type: 'uuid' }, externalId: textColumn('external_id') },
  { archivable: true },
);

/** Seats written in bulk. Seats are never archived: a changed seat is ended and a new one starts. */
export const seatsWriter = new BulkTable<SeatRow>(
  'seats',
  {
    forumId: { column: 'forum_id', type: 'uuid' },
    organisationId: { column: 'organisation_id', type: 'uuid' },
    voting: { column: 'voting', type: 'bool' },
    chair: { column: 'chair', type: 'bool' },
    from: { column: 'from_date', type: 'date' },
    to: { column: 'to_date', type: 'date' },
  },
  { archivable: false },
);
