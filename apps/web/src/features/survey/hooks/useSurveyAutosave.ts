import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SaveSurveyAnswersDocument } from '../../../generated/graphql';
import { answersInputFrom, type SurveyDraft } from '../utils/survey-draft';
import { isSurveyUnavailable } from '../utils/survey-errors';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; savedAt: string } | { kind: 'failed' };

/** How long answering pauses before the answers so far are saved. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Saves the respondent's answers as they go: a moment after each change, when they leave a section (`flush`), and
 * when the page is hidden. One save runs at a time; changes made meanwhile are saved next. If the link stops
 * working (round closed, answers already submitted) `onUnavailable` is told and saving stops.
 */
export function useSurveyAutosave(token: string, draft: SurveyDraft, initialSavedAt: string | null, onUnavailable: (error: unknown) => void) {
  const [save] = useMutation(SaveSurveyAnswersDocument);
  const [status, setStatus] = useState<SaveStatus>(initialSavedAt ? { kind: 'saved', savedAt: initialSavedAt } : { kind: 'idle' });
  const latest = useRef(draft);
  const seen = useRef(draft);
  const dirty = useRef(false);
  const paused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const callbacks = useRef({ save, onUnavailable });
  callbacks.current = { save, onUnavailable };

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (running.current) await running.current;
    if (!dirty.current || paused.current) return;
    dirty.current = false;
    setStatus({ kind: 'saving' });
    const run = callbacks.current
      .save({ variables: { token, answers: answersInputFrom(latest.current) } })
      .then(({ data }) => {
        if (data) setStatus({ kind: 'saved', savedAt: data.saveSurveyAnswers });
      })
      .catch((error: unknown) => {
        dirty.current = true;
        if (isSurveyUnavailable(error)) {
          paused.current = true;
          callbacks.current.onUnavailable(error);
        } else {
          setStatus({ kind: 'failed' });
        }
      })
      .finally(() => {
        running.current = null;
      });
    running.current = run;
    await run;
  }, [token]);

  useEffect(() => {
    latest.current = draft;
    // Only real changes count (React may run this twice for the same draft).
    if (seen.current === draft) return;
    seen.current = draft;
    dirty.current = true;
    clearTimeout(timer.current);
    if (!paused.current) timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [draft, flush]);

  useEffect(() => {
    const saveNow = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', saveNow);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', saveNow);
      window.removeEventListener('pagehide', onPageHide);
      clearTimeout(timer.current);
    };
  }, [flush]);

  /** Stops saving drafts (while the answers are being submitted), once any save under way has finished. */
  const pause = useCallback(async () => {
    paused.current = true;
    clearTimeout(timer.current);
    if (running.current) await running.current;
  }, []);

  /** Saves drafts again after a submission that was refused; anything unsaved is saved now. */
  const resume = useCallback(() => {
    paused.current = false;
    if (dirty.current) void flush();
  }, [flush]);

  return { status, flush, pause, resume };
}
