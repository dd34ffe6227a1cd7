import { unparse } from 'papaparse';
import { IMPORT_COLUMNS, type ImportKind, templateHeader } from './import-columns';

/**
 * A CSV to fill in: the header row and two example rows. The examples chain, so the places template names the
 * places the organisations template refers to, and so on; imported in order, each template is valid.
 */
export function importTemplateCsv(kind: ImportKind): string {
  const columns = IMPORT_COLUMNS[kind];
  return unparse({ fields: columns.map(templateHeader), data: [0, 1].map((example) => columns.map((column) => column.example[example])) });
}
