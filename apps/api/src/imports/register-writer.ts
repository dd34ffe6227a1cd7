// Data access: set-based SQL for bulk writes, inside the caller's transaction. This file decides what an import
// writes and audits; the statements for each table live in the owning area's `*-writer.ts`.
import type { DecisionRecord, ImportRecordBase, ImportValidation } from '@stewardship/register-import';
import { EntityManager } from 'typeorm';
import type { AuditEntityType } from '../audit/audit-event.entity';
import type { AuditService } from '../audit/audit.service';
import type { BulkTable } from '../common/bulk-table';
import { DecisionWriter } from '../decisions/decision-writer';
import { forumsWriter, seatsWriter } from '../forums/forums-writer';
import { linkOrganisationPlaces, organisationsWriter, replaceOrganisationPlaces } from '../organisations/organisations-writer';
import { peopleWriter } from '../people/people-writer';
import { placesWriter } from '../places/places-writer';

/**
 * Writes validated import records in bulk, and their audit trail: one statement per table for the new rows and one
 * for the changed ones, and the same for their audit entries, so a 20,000-row file costs a handful of statements.
 */
export class RegisterWriter {
  constructor(
    private readonly tx: EntityManager,
    private readonly systemId: string,
    private readonly audit: AuditService,
    private readonly actorUserId: string,
  ) {}

  async write(validation: ImportValidation): Promise<void> {
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
      case 'decisions':
        await this.addDecisions(validation.decisions);
        break;
    }
  }

  /**
   * Adds the new decisions to the log; those it already holds are left as they are (the log is append-only). Ids are
   * reserved first so that a decision can reopen one on an earlier row. The log records its own author and time, as
   * recording in the app does, so there is no audit entry.
   */
  private async addDecisions(records: readonly DecisionRecord[]): Promise<void> {
    const creates = records.filter((record) => record.change === 'create');
    const writer = new DecisionWriter(this.tx, this.systemId);
    const ids = await writer.newDecisions(creates.length);
    const idByRow = new Map(creates.map((record, i) => [record.row, ids[i]]));
    await writer.addVersions(
      creates.map(({ forumId, date, title, summary, proposerId, outsideForum, conflictSurfaced, outcome, practices, evidence, participants, reopensId, reopensRow }, i) => ({
        decisionId: ids[i],
        version: 1,
        authorUserId: this.actorUserId,
        reason: null,
        decision: {
          forumId,
          date,
          title,
          summary,
          proposerId,
          outsideForum,
          conflictSurfaced,
          outcome,
          practices,
          evidence,
          participants,
          reopensId: reopensId ?? (reopensRow === null ? null : idOfRow(idByRow, reopensRow)),
        },
      })),
    );
  }

  /** Inserts the new records and updates the changed ones, each with its audit entry; returns every record's row id, in order. */
  private async upsert<Row extends object>(table: BulkTable<Row>, entityType: AuditEntityType, records: readonly (Row & ImportRecordBase)[]): Promise<string[]> {
    const creates = records.filter((record) => record.change === 'create');
    const createdIds = await table.insert(this.tx, this.systemId, creates);
    await this.audit.recordCreations(this.tx, this.systemId, this.actorUserId, { entityType, ids: createdIds, fields: table.typedColumns(creates) }, true);
    const updates = records.filter((record) => record.change === 'update').map((record) => ({ ...record, id: record.existingId as string }));
    await table.update(this.tx, this.systemId, updates);
    await this.audit.record(
      this.tx,
      this.systemId,
      this.actorUserId,
      updates.map((record) => ({ entityType, entityId: record.id, action: 'UPDATE', changes: record.changes })),
      true,
    );
    let created = 0;
    return records.map((record) => (record.change === 'create' ? createdIds[created++] : (record.existingId as string)));
  }
}

/** The id reserved for the new decision on a row; the validation only points at rows it turned into new decisions. */
function idOfRow(idByRow: ReadonlyMap<number, string>, row: number): string {
  const id = idByRow.get(row);
  if (id === undefined) throw new Error(`Row ${row} is reopened but adds no decision`);
  return id;
}
