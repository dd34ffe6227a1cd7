import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ImportContext,
  ImportFileError,
  ImportKind,
  ImportValidation,
  listChanges,
  MAX_IMPORT_BYTES,
  readSheet,
  summariseImport,
  validateImport,
} from '@stewardship/register-import';
import { canImport, fileNameProblem } from '@stewardship/domain';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badUserInput, forbidden } from '../common/errors';
import type { Caller } from '../common/request-context';
import { currentDecisionKeys } from '../decisions/decisions.queries';
import type { ImportFileInput } from './dto/import-file.input';
import type { ImportPreviewModel, ImportResultModel } from './models/import-preview.model';
import { forumRegisterRows, seatRegisterRows } from '../forums/forums.queries';
import { organisationRegisterRows } from '../organisations/organisations.queries';
import { personRegisterRows } from '../people/people.queries';
import { placeRegisterRows } from '../places/places.queries';
import { exportRegisterCsv } from './register-export';
import { RegisterWriter } from './register-writer';

const LISTED_PROBLEMS = 1000;
const LISTED_CHANGES = 1000;

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
    checkMayImport(caller, input.kind);
    const { validation, context } = await this.validate(this.dataSource.manager, caller, input);
    const summary = summariseImport(validation);
    const changes = listChanges(validation, context).slice(0, LISTED_CHANGES);
    return { ...summary, problems: validation.problems.slice(0, LISTED_PROBLEMS), changes };
  }

  async commit(caller: Caller, input: ImportFileInput): Promise<ImportResultModel> {
    checkMayImport(caller, input.kind);
    return this.dataSource.transaction(async (tx) => {
      // One import per system at a time: the second validates against what the first wrote.
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`stewardship:import:${caller.systemId}`]);
      const { validation } = await this.validate(tx, caller, input);
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

  /** A register list as CSV in the import columns (current rows only). */
  exportCsv(caller: Caller, kind: ImportKind): Promise<string> {
    return exportRegisterCsv(this.dataSource.manager, caller.systemId, kind);
  }

  private async validate(db: EntityManager, caller: Caller, input: ImportFileInput): Promise<{ validation: ImportValidation; context: ImportContext }> {
    const fileNameError = fileNameProblem(input.fileName);
    if (fileNameError) throw badUserInput([{ field: 'fileName', message: fileNameError }]);
    const bytes = decodeUpload(input.contentBase64);
    try {
      const sheet = await readSheet(bytes, input.fileName);
      const context = await loadImportContext(db, caller.systemId, input.kind);
      const scope = caller.role === 'PLACE_LEAD' ? { placeLeadOf: caller.placeId } : {};
      return { validation: validateImport(input.kind, sheet, context, scope), context };
    } catch (error) {
      if (error instanceof ImportFileError) throw badUserInput([{ field: 'file', message: error.message }]);
      throw error;
    }
  }
}

/** The role guard lets in every role that may import something; this refuses a kind the caller's role may not import. */
export function checkMayImport(caller: Caller, kind: ImportKind): void {
  if (!canImport(caller.role, kind)) {
    throw forbidden(kind === 'decisions' ? 'Only administrators, leaders and place leads may import decisions' : 'Only administrators may import into the register');
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

/**
 * Everything the system's register holds that an import row might match or refer to, read through each area's queries;
 * the decision log only for a decisions import.
 */
export async function loadImportContext(db: EntityManager, systemId: string, kind: ImportKind): Promise<ImportContext> {
  // One after another: inside a transaction they share one connection, which runs one query at a time anyway.
  const places = await placeRegisterRows(db, systemId);
  const organisations = await organisationRegisterRows(db, systemId);
  const forums = await forumRegisterRows(db, systemId);
  const seats = await seatRegisterRows(db, systemId);
  const people = await personRegisterRows(db, systemId);
  const decisions = kind === 'decisions' ? await currentDecisionKeys(db, systemId) : [];
  return { places, organisations, forums, seats, people, decisions };
}
