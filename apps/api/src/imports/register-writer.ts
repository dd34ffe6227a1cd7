// Data access: set-based SQL for bulk writes, inside the caller's transaction. This file decides what an import
// writes and audits; the statements for each table live in the owning area's `*-writer.ts`.
import type { ImportRecordBase, ImportValidation } from '@stewardship/register-import';
import { EntityManager } from 'typeorm';
import type { AuditEntityType } from '../audit/audit-event.entity';
import type { AuditEntry } from '../audit/audit.service';
import type { BulkTable } from '../common/bulk-table';
import { forumsWriter, seatsWriter } from '../forums/forums-writer';
import { linkOrganisationPlaces, organisationsWriter, replaceOrganisationPlaces } from '../organisations/organisations-writer';
import { peopleWriter } from '../people/people-writer';
import { placesWriter } from '../places/places-writer';

/**
 * Writes validated import records in bulk: one statement per table for the new rows and one for the changed ones,
 * so a 20,000-row file commits in about a second. Returns the audit entries to record.
 */
export class RegisterWriter {
  private readonly entries: AuditEntry[] = [];

  constructor(
    private readonly tx: EntityManager,
    private readonly systemId: string,
  ) {}

  async write(validation: ImportValidation): Promise<AuditEntry[]> {
    switch (validation.kind) {
      case 'places':
        await this.upsert(placesWriter, 'PLACE', validation.places);
        break;
      case 'organisations': {
        const ids = await this.upsert(organisationsWriter, 'ORGANISATION', validation.organisations);
        const placed = validation.organisations.map((record, i) => ({ record, id: ids[i], placeIds: record.placeIds }));
        await linkOrganisationPlaces(this.tx, this.systemId, placed.filter(({ record }) => record.change === 'create'));
        await replaceOrganisationPlaces(this.tx, this.systemId, placed.filter(({ record }) => record.change === 'update' && 'placeIds' in record.changes));
        break;
      }
      case 'forums': {
        const forumIds = await this.upsert(forumsWriter, 'FORUM', validation.forums);
        const forumIdByKey = new Map(validation.forums.map((forum, i) => [forum.key, forumIds[i]]));
        await this.upsert(seatsWriter, 'SEAT', validation.seats.map((seat) => ({ ...seat, forumId: forumIdByKey.get(seat.forumKey) as string })));
        break;
      }
      case 'people':
        await this.upsert(peopleWriter, 'PERSON', validation.people);
        break;
    }
    return this.entries;
  }

  /** Inserts the new records and updates the changed ones; returns every record's row id, in order. */
  private async upsert<Row extends object>(table: BulkTable<Row>, entityType: AuditEntityType, records: readonly (Row & ImportRecordBase)[]): Promise<string[]> {
    const creates = records.filter((record) => record.change === 'create');
    const createdIds = await table.insert(this.tx, this.systemId, creates);
    creates.forEach((record, i) => {
      const written = table.fields().filter((field) => (record[field] ?? null) !== null);
      this.entries.push({ entityType, entityId: createdIds[i], action: 'CREATE', changes: Object.fromEntries(written.map((field) => [field, { from: null, to: record[field] }])) });
    });
    const updates = records.filter((record) => record.change === 'update').map((record) => ({ ...record, id: record.existingId as string }));
    await table.update(this.tx, this.systemId, updates);
    for (const record of updates) this.entries.push({ entityType, entityId: record.id, action: 'UPDATE', changes: record.changes });
    let created = 0;
    return records.map((record) => (record.change === 'create' ? createdIds[created++] : (record.existingId as string)));
  }
}
