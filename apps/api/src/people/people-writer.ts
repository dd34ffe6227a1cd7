// Data access: set-based SQL for bulk writes (one statement per table), inside the caller's transaction. Single
// people are written through the repository in people.service.ts.
import { BulkTable, textColumn } from '../common/bulk-table';

/** What a bulk write sets on a person. */
export interface PersonRow {
  name: string;
  email: string;
  organisationId: string;
  roleGroup: string;
  externalId: string | null;
}

/** People written in bulk, by the register import and the demo loader. */
export const peopleWriter = new BulkTable<PersonRow>(
  'people',
  {
    name: textColumn('name'),
    email: textColumn('email'),
    organisationId: { column: 'organisation_id', type: 'uuid' },
    roleGroup: textColumn('role_group'),
    externalId: textColumn('external_id'),
  },
  { archivable: true },
);
