import type { ReactNode } from 'react';
import { LoadingMessage } from '../../../shared/components/StatusMessages';

interface ReviewSectionProps {
  id: string;
  /** Its place in the review, 1 to 6. */
  number: number;
  title: string;
  /** How the section's figures are computed, one paragraph each. */
  help: readonly string[];
  loading: boolean;
  /** Why the section has nothing, when it has nothing (the API's missingReason). */
  missingReason: string | null | undefined;
  /** The board pack shows the help open. */
  expanded: boolean;
  children?: ReactNode;
}

/** One section of the review: its heading, how its figures are computed, then its loading state, why it is missing, or its figures. */
export function ReviewSection({ id, number, title, help, loading, missingReason, expanded, children }: ReviewSectionProps) {
  return (
    <section className="app-review-section" aria-labelledby={`${id}-heading`} aria-busy={loading || undefined} data-testid={id}>
      <h2 id={`${id}-heading`}>{`${number}. ${title}`}</h2>
      <details className="nhsuk-details app-review-help" open={expanded || undefined}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How these figures are computed</span>
        </summary>
        <div className="nhsuk-details__text">
          {help.map((paragraph) => (
            <p className="nhsuk-body-s" key={paragraph}>
              {paragraph}
            </p>
          ))}
        </div>
      </details>
      {loading ? (
        <LoadingMessage>Loading {title.toLowerCase()}…</LoadingMessage>
      ) : missingReason ? (
        <div className="nhsuk-inset-text app-review-missing">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{missingReason}</p>
        </div>
      ) : (
        children
      )}
    </section>
  );
}
