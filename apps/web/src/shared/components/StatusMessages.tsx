import type { ReactNode } from 'react';
import { DocumentTitle } from './DocumentTitle';

/** A polite live region for "Loading…" text, so screen readers hear it without losing their place. */
export function LoadingMessage({ children }: { children: ReactNode }) {
  return (
    <p className="nhsuk-body" role="status">
      {children}
    </p>
  );
}

/** Shown when a query fails for a reason the user cannot fix by changing their input. */
export function ServiceProblem({ onRetry, children }: { onRetry?: () => void; children?: ReactNode }) {
  return (
    <div className="nhsuk-error-summary" role="alert" aria-labelledby="service-problem-title">
      <h2 className="nhsuk-error-summary__heading" id="service-problem-title">
        Sorry, there is a problem with the service
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>{children ?? 'We could not load this information. Try again later.'}</p>
        {onRetry ? (
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** A whole page while its record loads. */
export function PageLoading({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <DocumentTitle title={title} />
      <LoadingMessage>{children}</LoadingMessage>
    </>
  );
}

/** A whole page whose record could not be loaded. */
export function PageProblem({ title, onRetry, children }: { title: string; onRetry: () => void; children: ReactNode }) {
  return (
    <>
      <DocumentTitle title={title} />
      <h1>{title}</h1>
      <ServiceProblem onRetry={onRetry}>{children}</ServiceProblem>
    </>
  );
}
