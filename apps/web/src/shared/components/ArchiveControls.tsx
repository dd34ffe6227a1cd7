import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorCodeOf } from '../utils/graphql-errors';

interface ArchiveControlsProps {
  /** "place", "forum", "partner", "person". */
  noun: string;
  name: string;
  archived: boolean;
  onArchive: () => Promise<unknown>;
  onRestore: () => Promise<unknown>;
  /** Other actions shown beside the Archive or Restore button, such as "Edit place". */
  children?: ReactNode;
}

type Step = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'working' };

/**
 * The record page's actions: archive or restore, each behind a confirmation step, beside any others. Archiving keeps the row and its history;
 * it only leaves lists and pickers. After either, focus goes to the message saying what happened.
 */
export function ArchiveControls({ noun, name, archived, onArchive, onRestore, children }: ArchiveControlsProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [message, setMessage] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const verb = archived ? 'Restore' : 'Archive';

  useEffect(() => {
    if (step.kind === 'confirming') confirmHeading.current?.focus();
  }, [step.kind]);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  function cancel() {
    setStep({ kind: 'idle' });
    // The start button is back once the confirmation closes.
    setTimeout(() => startButton.current?.focus(), 0);
  }

  async function confirm() {
    setStep({ kind: 'working' });
    try {
      await (archived ? onRestore() : onArchive());
      setMessage({
        kind: 'done',
        text: archived
          ? `${name} has been restored. It appears in lists and pickers again.`
          : `${name} has been archived. It no longer appears in lists or pickers, but keeps its history.`,
      });
    } catch (error) {
      setMessage({
        kind: 'failed',
        text:
          errorCodeOf(error) === 'FORBIDDEN'
            ? `You do not have permission to ${verb.toLowerCase()} this ${noun}. Nothing was changed.`
            : `Sorry, ${name} could not be ${archived ? 'restored' : 'archived'} because of a problem with the service. Nothing was changed. Try again later.`,
      });
    }
    setStep({ kind: 'idle' });
  }

  return (
    <div className="nhsuk-u-margin-bottom-6">
      {message ? (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={message.kind === 'failed' ? 'alert' : 'status'}
          className={message.kind === 'failed' ? 'nhsuk-error-message' : 'nhsuk-inset-text'}
        >
          {message.kind === 'failed' ? <span className="nhsuk-u-visually-hidden">Error: </span> : null}
          {message.text}
        </div>
      ) : null}
      {step.kind === 'idle' ? (
        <div className="nhsuk-button-group">
          {children}
          <button
            ref={startButton}
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => {
              setMessage(null);
              setStep({ kind: 'confirming' });
            }}
          >
            {verb} {noun}
          </button>
        </div>
      ) : (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label" tabIndex={-1} ref={confirmHeading}>
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {verb} {name}?
          </h2>
          <p className="nhsuk-body">
            {archived
              ? `${name} will appear in lists and pickers again.`
              : `${name} will leave lists and pickers. Its history, and everything that refers to it, stays. You can restore it at any time.`}
          </p>
          <div className="nhsuk-button-group">
            <button
              type="button"
              className={archived ? 'nhsuk-button' : 'nhsuk-button nhsuk-button--warning'}
              disabled={step.kind === 'working'}
              onClick={() => void confirm()}
            >
              Yes, {verb.toLowerCase()} {noun}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={step.kind === 'working'} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
