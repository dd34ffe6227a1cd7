/** A value from the spreadsheet or register: wraps at spaces; a word too long for the column is cut short, whole on hover. */
export function ImportCellValue({ value }: { value: string | null }) {
  if (value === null || value === '') return <span className="nhsuk-u-secondary-text-colour">(blank)</span>;
  return (
    <span className="app-import-table__value" title={value}>
      {value}
    </span>
  );
}
