// Data access: set-based SQL for bulk writes (one statement per table), inside the caller's transaction.
import { BulkTable, textColumn } from '../common/bulk-table';

/** What opening a round writes for each person invited: only a keyed hash of their link's token. */
export interface InvitationRow {
  roundId: string;
  personId: string;
  tokenHash: string;
}

/** A round's invitations, written in one statement however many people are invited (thousands at 1,000 partners). */
export const invitationsWriter = new BulkTable<InvitationRow>(
  'survey_invitations',
  {
    roundId: { column: 'round_id', type: 'uuid' },
    personId: { column: 'person_id', type: 'uuid' },
    tokenHash: textColumn('token_hash'),
  },
  { archivable: false },
);
