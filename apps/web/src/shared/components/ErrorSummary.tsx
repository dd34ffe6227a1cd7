import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  /** The id of the control the error belongs to; the summary links to it. Omit for errors about no field. */
  targetId?: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  /** Change this (e.g. count submit attempts) to move focus to the summary again. */
  focusKey?: number;
  title?: string;
  /** The heading's id; give a second summary on the same page its own. */
  titleId?: string;
  /** Paragraphs under the heading, before the list (e.g. "Nothing has been imported"). */
  children?: ReactNode;
}

/** The NHS.UK error summary: shown at the top of a form, focused after a failed submit, linking to each field. */
export function ErrorSummary({ errors, focusKey, title = 'There is a problem', titleId = 'error-summary-title', children }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [focusKey, hasErrors]);

  if (!hasErrors) return null;

  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id={titleId}>
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          {children}
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error, index) => (
              <li key={`${error.targetId ?? ''}-${index}`}>
                {error.targetId ? (
                  <a href={`#${error.targetId}`} onClick={(event) => focusTarget(event, error.targetId as string)}>
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** Focus the field itself (not just scroll to it) and keep its label in view, as the NHS.UK script does. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  // A table or section the summary points at is not focusable by itself.
  if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  const label =
    Array.from(document.getElementsByTagName('label')).find((element) => element.htmlFor === targetId) ??
    target.closest('fieldset')?.querySelector('legend');
  (label ?? target).scrollIntoView?.({ block: 'start' });
}
