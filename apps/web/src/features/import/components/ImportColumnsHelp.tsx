import { useQuery } from '@apollo/client/react';
import { ImportColumnsDocument, type ImportKind } from '../../../generated/graphql';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { IMPORT_KIND_TEXT } from '../utils/import-wording';

const COLUMNS = ['Column', 'What to write', 'Examples'] as const;

/** What each column of the chosen kind's file holds: the same help the API's templates are made from. */
export function ImportColumnsHelp({ kind }: { kind: ImportKind }) {
  const { data, loading, error } = useQuery(ImportColumnsDocument, { variables: { kind } });
  const label = IMPORT_KIND_TEXT[kind].label.toLowerCase();

  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">What each column of the {label} file holds</span>
      </summary>
      <div className="nhsuk-details__text">
        {loading && !data ? <p className="nhsuk-body">Loading the columns…</p> : null}
        {error && !data ? <p className="nhsuk-body">The columns could not be loaded. Reload the page to try again.</p> : null}
        {data ? (
          <ResponsiveTable caption={`Columns of the ${label} file`} columns={COLUMNS}>
            {data.importColumns.map((column) => (
              <Row key={column.header}>
                <Cell heading="Column">
                  {column.header}
                  {column.required ? '' : ' (optional)'}
                </Cell>
                <Cell heading="What to write">{column.help}</Cell>
                <Cell heading="Examples">{column.examples.filter((example) => example !== '').join(' | ') || '(blank)'}</Cell>
              </Row>
            ))}
          </ResponsiveTable>
        ) : null}
      </div>
    </details>
  );
}
