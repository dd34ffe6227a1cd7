import { useQuery } from '@apollo/client/react';
import { ImportTemplatesDocument, type ImportKind } from '../../../generated/graphql';
import { IMPORT_KIND_TEXT } from '../utils/import-wording';

/**
 * "Download the template" for each kind: the header and two example rows, from importTemplate.
 * The templates are a few hundred bytes, so each link carries its file as a data: address and
 * needs no object URL to keep alive or release.
 */
export function TemplateLinks({ kinds }: { kinds: readonly ImportKind[] }) {
  const { data, loading, error } = useQuery(ImportTemplatesDocument, { variables: { register: kinds.includes('places') } });

  return (
    <div className="nhsuk-u-margin-bottom-5">
      <h2 className="nhsuk-heading-s">Templates</h2>
      <p className="nhsuk-body">
        Each template has the columns to fill in and two example rows to replace. Columns marked (optional) can be left
        out.
      </p>
      {loading && !data ? <p className="nhsuk-body">Loading the templates…</p> : null}
      {error && !data ? <p className="nhsuk-body">The templates could not be loaded. Reload the page to try again.</p> : null}
      {data ? (
        <ul className="nhsuk-list">
          {kinds.map((kind) => (
            <li key={kind}>
              <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(data[kind] ?? '')}`} download={`${IMPORT_KIND_TEXT[kind].fileStem}-template.csv`}>
                Download the template for {IMPORT_KIND_TEXT[kind].label.toLowerCase()}
              </a>{' '}
              (CSV)
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
