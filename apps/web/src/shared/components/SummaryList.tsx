import type { ReactNode } from 'react';

/** An NHS.UK summary list: one row per field of a record. */
export function SummaryList({ children }: { children: ReactNode }) {
  return <dl className="nhsuk-summary-list">{children}</dl>;
}

export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}
