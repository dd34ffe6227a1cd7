import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { ExportRegisterDocument, type ImportKind } from '../../../generated/graphql';
import { downloadTextFile } from '../../../shared/utils/download';
import { IMPORT_KIND_TEXT } from '../utils/import-wording';

/**
 * "Export CSV": the register's current rows of one kind, in the import columns, saved as
 * `<kind>.csv`, so a file can be exported, corrected in a spreadsheet and imported again.
 */
export function ExportCsvButton({ kind }: { kind: ImportKind }) {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [failed, setFailed] = useState(false);
  const { fileStem, listName } = IMPORT_KIND_TEXT[kind];

  async function exportCsv() {
    setExporting(true);
    setFailed(false);
    try {
      const { data } = await client.query({ query: ExportRegisterDocument, variables: { kind }, fetchPolicy: 'network-only' });
      if (data?.exportRegister === undefined) throw new Error('exportRegister returned no data');
      downloadTextFile(`${fileStem}.csv`, data.exportRegister);
    } catch {
      setFailed(true);
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="button"
        onClick={() => void exportCsv()}
        disabled={exporting}
        aria-describedby={failed ? `export-${kind}-error` : undefined}
      >
        Export CSV<span className="nhsuk-u-visually-hidden"> of the {listName}</span>
      </button>
      {failed ? (
        <p className="nhsuk-error-message" id={`export-${kind}-error`} role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> Sorry, the {listName} could not be exported. Try again later.
        </p>
      ) : null}
    </>
  );
}
