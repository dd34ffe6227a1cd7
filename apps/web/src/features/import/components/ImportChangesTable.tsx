import type { ImportMatchedBy, PreviewImportMutation } from '../../../generated/graphql';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { ImportCellValue } from './ImportCellValue';

type RowChange = PreviewImportMutation['previewImport']['changes'][number];

const COLUMNS = ['Row', 'Matches', 'Field', 'Now', 'After import'] as const;

const MATCHED_BY_TEXT: Record<ImportMatchedBy, string> = {
  externalId: 'by external ID',
  odsCode: 'by ODS code',
  onsCode: 'by ONS code',
  email: 'by email',
  name: 'by name',
  seat: 'by forum, organisation and From date',
};

/** Every changed row, one line per field it changes, so the admin sees what would be overwritten before importing. */
export function ImportChangesTable({ changes, fileName }: { changes: readonly RowChange[]; fileName: string }) {
  return (
    <ResponsiveTable caption={`Changes ${fileName} would make`} columns={COLUMNS} id="import-changes" className="app-import-table">
      {changes.flatMap((change) =>
        change.fields.map((field) => (
          <Row key={`${change.row}-${field.field}`}>
            <Cell heading="Row">{change.row.toLocaleString('en-GB')}</Cell>
            <Cell heading="Matches">
              {/* One element, so the phone layout keeps the name and how it matched together beside the heading. */}
              <span>
                <ImportCellValue value={change.matchedName} /> <span className="nhsuk-u-secondary-text-colour">{MATCHED_BY_TEXT[change.matchedBy]}</span>
              </span>
            </Cell>
            <Cell heading="Field">{field.field}</Cell>
            <Cell heading="Now">
              <ImportCellValue value={field.from} />
            </Cell>
            <Cell heading="After import">
              <ImportCellValue value={field.to} />
            </Cell>
          </Row>
        )),
      )}
    </ResponsiveTable>
  );
}
