// Data access: set-based SQL for bulk writes (one statement per table), inside the caller's transaction. Single
// places are written through the repository in places.service.ts.
import { BulkTable, textColumn } from '../common/bulk-table';

/** What a bulk write sets on a place. */
export interface PlaceRow {
  name: string;
  localAuthority: string | null;
  onsCode: string | null;
  externalId: string | null;
}

/** Places written in bulk, by the register import and the demo loader. */
export const placesWriter = new BulkTable<PlaceRow>(
  'places',
  { name: textColumn('name'), localAuthority: textColumn('local_authority'), onsCode: textColumn('ons_code'), externalId: textColumn('external_id') },
  { archivable: true },
);
