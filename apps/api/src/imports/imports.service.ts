import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ImportContext,
  ImportFileError,
  ImportValidation,
  MAX_IMPORT_BYTES,
  readSheet,
  summariseImport,
  validateImport,
} from '@stewardship/register-import';
import { fileNameProblem } from '@stewardship/domain';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badUserInput } from '../common/errors';
import type { Caller } from '../common/request-context';
import type { ImportFileInput } from './dto/import-file.input';
import type { ImportPreviewModel, ImportResultModel } from './models/import-preview.model';
import { RegisterWriter } from './register-writer';

const LISTED_PROBLEMS = 1000;

/**
 * Imports the register from a spreadsheet. Preview and commit both parse the uploaded bytes on the server and
 * validate with the same lib, so the preview never promises what the commit refuses. Commit writes every row in one
 * transaction, or none.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async preview(caller: Caller, input: ImportFileInput): Promise<ImportPreviewModel> {
    const validation = await this.validate(this.dataSource.manager, caller.systemId, input);
    const summary = summariseImport(validation);
    return { ...summary, problems: validation.problems.slice(0, LISTED_PROBLEMS) };
  }

  async commit(caller: Caller, input: ImportFileInput): Promise<ImportResultModel> {
    return this.dataSource.transaction(async (tx) => {
      // One import per system at a time: the second validates against what the first wrote.
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`stewardship:import:${caller.systemId}`]);
      const validation = await this.validate(tx, caller.systemId, input);
      if (validation.problems.length) {
        throw new GraphQLError(`The file has ${validation.problems.length} problem${validation.problems.length === 1 ? '' : 's'}; nothing was imported. Fix them and try again.`, {
          extensions: { code: 'BAD_USER_INPUT', problemCount: validation.problems.length, problems: validation.problems.slice(0, LISTED_PROBLEMS) },
        });
      }
      await new RegisterWriter(tx, caller.systemId, this.audit, caller.userId).write(validation);
      const summary = summariseImport(validation);
      return { created: summary.create, updated: summary.update, unchanged: summary.unchanged };
    });
  }

  private async validate(db: EntityManager, systemId: string, input: ImportFileInput): Promise<ImportValidation> {
    const fileNameError = fileNameProblem(input.fileName);
    if (fileNameError) throw badUserInput([{ field: 'fileName', message: fileNameError }]);
    const bytes = decodeUpload(input.contentBase64);
    try {
      const sheet = await readSheet(bytes, input.fileName);
      return validateImport(input.kind, sheet, await loadImportContext(db, systemId));
    } catch (error) {
      if (error instanceof ImportFileError) throw badUserInput([{ field: 'file', message: error.message }]);
      throw error;
    }
  }
}

function decodeUpload(contentBase64: string): Uint8Array {
  // Base64 is 4 characters for every 3 bytes: refuse an oversized upload before decoding it.
  if (contentBase64.length > Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4) {
    throw badUserInput([{ field: 'file', message: `The file is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit. Split it into smaller files.` }]);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) {
    throw badUserInput([{ field: 'file', message: 'The upload was damaged on the way (its content is not base64). Try again.' }]);
  }
  return new Uint8Array(Buffer.from(contentBase64, 'base64'));
}

/** Everything the system's register holds that an import row might match or refer to. */
export async function loadImportContext(db: EntityManager, systemId: string): Promise<ImportContext> {
  // One after another: inside a transaction they share one connection, which runs one query at a time anyway.
  const places = await db.query(`select id, name, local_authority as "localAuthority", ons_code as "onsCode", external_id as "externalId", archived_at is not null as archived from places where system_id = $1`, [systemId]);
  const organisations = await db.query(`select id, name, ods_code as "odsCode", kind, sector, weight, external_id as "externalId", archived_at is not null as archived from organisations where system_id = $1`, [systemId]);
  const links = await db.query(`select organisation_id, place_id from organisation_places where system_id = $1`, [systemId]);
  const forums = await db.query(`select id, name, kind, place_id as "placeId", external_id as "externalId", archived_at is not null as archived from forums where system_id = $1`, [systemId]);
  const seats = await db.query(`select id, forum_id as "forumId", organisation_id as "organisationId", voting, chair, to_char(from_date, 'YYYY-MM-DD') as "from", to_char(to_date, 'YYYY-MM-DD') as "to" from seats where system_id = $1`, [systemId]);
  const people = await db.query(`select id, name, email, organisation_id as "organisationId", role_group as "roleGroup", external_id as "externalId", archived_at is not null as archived from people where system_id = $1`, [systemId]);
  const placeIdsByOrganisation = new Map<string, string[]>();
  for (const link of links as { organisation_id: string; place_id: string }[]) {
    placeIdsByOrganisation.set(link.organisation_id, [...(placeIdsByOrganisation.get(link.organisation_id) ?? []), link.place_id]);
  }
  return {
    places,
    organisations: organisations.map((o: { id: string }) => ({ ...o, placeIds: placeIdsByOrganisation.get(o.id) ?? [] })),
    forums,
    seats,
    people,
  };
}

