import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { DocumentTitle } from './DocumentTitle';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

interface FormLayoutProps {
  /** The page's h1 and title, e.g. "Add a place". */
  heading: string;
  /** Where Back and Cancel go. */
  backTo: string;
  errors: ErrorSummaryItem[];
  focusKey: number;
  submitText: string;
  submitting: boolean;
  onSubmit: () => void | Promise<void>;
  intro?: ReactNode;
  children: ReactNode;
}

/** A register form page: back link, error summary (focused after each failed attempt), heading, fields, Save and Cancel. */
export function FormLayout({ heading, backTo, errors, focusKey, submitText, submitting, onSubmit, intro, children }: FormLayoutProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!submitting) void onSubmit();
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <DocumentTitle title={heading} hasErrors={errors.length > 0} />
        <Link className="nhsuk-back-link" to={backTo}>
          Back
        </Link>
        <ErrorSummary errors={errors} focusKey={focusKey} />
        <h1>{heading}</h1>
        {intro}
        <form onSubmit={handleSubmit} noValidate>
          {children}
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="submit" disabled={submitting}>
              {submitText}
            </button>
            <Link className="nhsuk-link" to={backTo}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
