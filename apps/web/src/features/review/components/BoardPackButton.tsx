import { useMutation, useQuery } from '@apollo/client/react';
import { monthName } from '@stewardship/network';
import { useEffect, useState } from 'react';
import { BoardPackDocument, BoardPackSupportDocument, RequestBoardPackDocument, type BoardPackFieldsFragment } from '../../../generated/graphql';
import { fieldErrorsFrom, firstErrorMessage, hasErrorCode } from '../../../shared/utils/graphql-errors';

/** How often the pack's progress is asked for while it is being made. */
export const BOARD_PACK_POLL_MS = 2_000;

const PRINT_ADVICE = 'You can still save the review as a PDF from your browser: choose Print the review, then “Save as PDF” as the printer.';

function sizeText(bytes: number | null | undefined): string {
  if (!bytes) return 'PDF';
  return bytes < 1024 * 1024 ? `PDF, ${Math.max(1, Math.round(bytes / 1024))} KB` : `PDF, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where the pack is, in words: waiting, being made (which attempt), retried after a failure, ready or given up. */
export function boardPackProgress(pack: Pick<BoardPackFieldsFragment, 'status' | 'attempts' | 'maxAttempts' | 'error'>): string {
  switch (pack.status) {
    case 'QUEUED':
      return pack.attempts === 0
        ? 'Your board pack is waiting to be made…'
        : `Attempt ${pack.attempts} of ${pack.maxAttempts} failed (${pack.error ?? 'no reason given'}); it will be tried again…`;
    case 'RUNNING':
      return `Your board pack is being made (attempt ${pack.attempts} of ${pack.maxAttempts})…`;
    case 'DONE':
      return 'Your board pack is ready.';
    case 'FAILED':
      return `Your board pack could not be made after ${pack.attempts} attempts: ${pack.error ?? 'no reason given'}.`;
  }
}

function PrintInstead({ children }: { children: string }) {
  return (
    <>
      <p className="nhsuk-body">
        {children} {PRINT_ADVICE}
      </p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
        Print the review
      </button>
    </>
  );
}

/**
 * The PDF board pack of the review for `month` (and `placeId`, or the whole system): asks the server for one, shows its
 * progress while a worker makes it, then offers the download. Where the server cannot make packs it says why and offers
 * the browser's own print (the review's print stylesheet lays it out for A4).
 */
export function BoardPackButton({ month, placeId }: { month: string; placeId: string | null }) {
  const support = useQuery(BoardPackSupportDocument, { fetchPolicy: 'network-only' });
  // The pack as the request answered, until its first status arrives.
  const [requested, setRequested] = useState<BoardPackFieldsFragment | null>(null);
  const packId = requested?.id ?? null;
  const [problem, setProblem] = useState<string | null>(null);
  const [request, requesting] = useMutation(RequestBoardPackDocument);
  const pack = useQuery(BoardPackDocument, { variables: { id: packId ?? '' }, skip: !packId, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  const current = pack.data?.boardPack ?? requested;
  const finished = current?.status === 'DONE' || current?.status === 'FAILED';
  const { startPolling, stopPolling } = pack;

  useEffect(() => {
    if (!packId || finished) {
      stopPolling();
      return;
    }
    startPolling(BOARD_PACK_POLL_MS);
    return () => stopPolling();
  }, [packId, finished, startPolling, stopPolling]);

  // Another month or place is another pack.
  useEffect(() => {
    setRequested(null);
    setProblem(null);
  }, [month, placeId]);

  async function make() {
    setProblem(null);
    try {
      const result = await request({ variables: { month, placeId } });
      setRequested(result.data?.requestBoardPack ?? null);
    } catch (error) {
      setProblem(
        hasErrorCode(error, 'TOO_MANY_REQUESTS')
          ? (firstErrorMessage(error) ?? 'You have too many board packs being made. Try again when one is ready.')
          : (fieldErrorsFrom(error)[0]?.message ?? firstErrorMessage(error) ?? 'Sorry, the board pack could not be asked for because of a problem with the service. Try again.'),
      );
    }
  }

  let body;
  if (!month) {
    body = null;
  } else if (support.loading) {
    body = <p className="nhsuk-body">Checking whether the server can make a PDF board pack…</p>;
  } else if (support.error || !support.data) {
    body = <PrintInstead>We could not check whether the server can make a PDF board pack.</PrintInstead>;
  } else if (!support.data.boardPackSupport.available) {
    body = <PrintInstead>{support.data.boardPackSupport.reason ?? 'The server cannot make board packs just now.'}</PrintInstead>;
  } else {
    body = (
      <>
        <div role="status" aria-live="polite">
          {current ? <p className="nhsuk-body">{boardPackProgress(current)}</p> : null}
          {pack.error ? <p className="nhsuk-body">We could not check on your board pack just now; we will look again in a moment.</p> : null}
        </div>
        {current?.status === 'DONE' && current.downloadPath ? (
          <p className="nhsuk-body">
            <a className="nhsuk-link" href={current.downloadPath} download>
              Download the board pack for {monthName(month)} ({sizeText(current.sizeBytes)})
            </a>
          </p>
        ) : null}
        {problem ? (
          <p className="nhsuk-error-message" role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
          </p>
        ) : null}
        {!packId || finished ? (
          <button type="button" className="nhsuk-button" onClick={() => void make()} disabled={requesting.loading}>
            {requesting.loading ? 'Asking…' : current ? 'Make the PDF board pack again' : 'Make the PDF board pack'}
          </button>
        ) : null}
        {current?.status === 'FAILED' ? <PrintInstead>Try again, or print instead.</PrintInstead> : null}
      </>
    );
  }

  return (
    <div className="app-board-pack-request app-review-no-print" role="group" aria-label={month ? `PDF board pack for ${monthName(month)}` : 'PDF board pack'}>
      {body}
    </div>
  );
}
