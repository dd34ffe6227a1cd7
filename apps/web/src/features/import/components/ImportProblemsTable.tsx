import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import type { ImportProblemRow } from '../utils/import-problems';
import { ImportCellValue } from './ImportCellValue';

const COLUMNS = ['Row', 'Column', 'Value', 'Problem'] as const;

/** Every problem the API listed, one per cell, in row order, so each can be found and fixed in the spreadsheet. */
export function ImportProblemsTable({ problems, fileName }: { problems: readonly ImportProblemRow[]; fileName: string }) {
  return (
    <ResponsiveTable caption={`Problems in ${fileName}`} columns={COLUMNS} id="import-problems" className="app-import-table">
      {problems.map((problem, index) => (
        <Row key={`${problem.row}-${problem.column}-${index}`}>
          <Cell heading="Row">{problem.row.toLocaleString('en-GB')}</Cell>
          <Cell heading="Column">{problem.column}</Cell>
          <Cell heading="Value">
            <ImportCellValue value={problem.value} />
          </Cell>
          <Cell heading="Problem">{problem.message}</Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
