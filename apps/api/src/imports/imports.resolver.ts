import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IMPORT_COLUMNS, importTemplateCsv, ImportKind } from '@stewardship/register-import';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { RecordsSecurityEvent } from '../security-events/records-security-event.decorator';
import { ImportFileInput, ImportKindEnum } from './dto/import-file.input';
import { ImportColumnModel, ImportPreviewModel, ImportResultModel } from './models/import-preview.model';
import { checkMayImport, ImportsService } from './imports.service';

const IMPORTERS = ['ADMIN', 'LEADER', 'PLACE_LEAD'] as const;

@Resolver()
export class ImportsResolver {
  constructor(private readonly imports: ImportsService) {}

  // Each role imports the kinds canImport allows it: the register the administrator, decisions also leaders and place leads.
  @Roles(...IMPORTERS)
  @Mutation(() => ImportPreviewModel, { description: 'Parses and checks a spreadsheet and says what importing it would do. Writes nothing.' })
  previewImport(@CurrentCaller() caller: Caller, @Args('input') input: ImportFileInput): Promise<ImportPreviewModel> {
    return this.imports.preview(caller, input);
  }

  @Roles(...IMPORTERS)
  @Mutation(() => ImportResultModel, { description: 'Imports a spreadsheet: every row in one transaction, or none if any row has a problem.' })
  commitImport(@CurrentCaller() caller: Caller, @Args('input') input: ImportFileInput): Promise<ImportResultModel> {
    return this.imports.commit(caller, input);
  }

  @Roles(...IMPORTERS)
  @Query(() => String, { description: 'A CSV template for importing this kind of row: the header and two example rows.' })
  importTemplate(@CurrentCaller() caller: Caller, @Args('kind', { type: () => ImportKindEnum }) kind: ImportKind): string {
    checkMayImport(caller, kind);
    return importTemplateCsv(kind);
  }

  @Roles(...IMPORTERS)
  @Query(() => [ImportColumnModel], { description: 'The columns of this kind of import, in template order, with what each holds.' })
  importColumns(@CurrentCaller() caller: Caller, @Args('kind', { type: () => ImportKindEnum }) kind: ImportKind): ImportColumnModel[] {
    checkMayImport(caller, kind);
    return IMPORT_COLUMNS[kind].map((column) => ({ header: column.header, required: column.required, help: column.help, examples: column.example }));
  }

  @RecordsSecurityEvent('REGISTER_EXPORTED', ({ kind }: { kind: ImportKind }) => ({ kind }))
  @Query(() => String, { description: 'A register list as CSV, in the import columns (current rows only).' })
  exportRegister(@CurrentCaller() caller: Caller, @Args('kind', { type: () => ImportKindEnum }) kind: ImportKind): Promise<string> {
    return this.imports.exportCsv(caller, kind);
  }
}
