import { formatMonth } from '@stewardship/web-charts';
import { useEffect, useState } from 'react';
import { playFrom, stepMonth } from '../utils/network-replay';

interface MonthReplayProps {
  /** Rated months, oldest first. */
  months: readonly string[];
  /** The month shown. */
  month: string;
  /** `playing`: a step of the replay, which should not add to the browser's history. */
  onMonth: (month: string, playing: boolean) => void;
  /** Whether a month's network is here yet: play waits for it rather than showing a blank step. */
  isLoaded: (month: string) => boolean;
  prefetch: (month: string) => void;
  /** What changed since the month before, said after each step. */
  changeText: string;
}

/** How long each month stays on the map while playing. */
export const STEP_MS = 1500;

/**
 * The month slider: drag or use the arrow keys to move through the rated months, step one at a time, or play them
 * in order. Partners keep their places from month to month (the API keeps the layout), so ties are seen to form,
 * weaken and break.
 */
export function MonthReplay({ months, month, onMonth, isLoaded, prefetch, changeText }: MonthReplayProps) {
  const [playing, setPlaying] = useState(false);
  const index = months.indexOf(month);
  const previous = stepMonth(months, month, -1);
  const next = stepMonth(months, month, 1);
  const isPlaying = playing && next !== null;

  useEffect(() => {
    if (!isPlaying || !next) return;
    prefetch(next);
    const timer = setTimeout(() => {
      // Not here yet: the effect runs again when it arrives (the page re-renders) and waits another step.
      if (!isLoaded(next)) return;
      onMonth(next, true);
      if (stepMonth(months, next, 1) === null) setPlaying(false);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [isPlaying, next, months, isLoaded, onMonth, prefetch]);

  if (months.length < 2) return null;

  function togglePlay() {
    if (isPlaying) return setPlaying(false);
    const start = playFrom(months, month);
    // At the last month, play starts again from the first.
    if (next === null && start) onMonth(start, false);
    setPlaying(true);
  }

  return (
    <div className="app-month-replay" role="group" aria-label="Replay the network month by month">
      <label className="nhsuk-label nhsuk-label--s" htmlFor="replay-month">
        Month on the map: {formatMonth(month)}
      </label>
      <div className="app-month-replay__controls">
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => previous && onMonth(previous, false)} disabled={!previous || isPlaying}>
          Previous month
        </button>
        <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-0" onClick={togglePlay}>
          {isPlaying ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => next && onMonth(next, false)} disabled={!next || isPlaying}>
          Next month
        </button>
        <input
          id="replay-month"
          className="app-month-replay__slider"
          type="range"
          min={0}
          max={months.length - 1}
          step={1}
          value={Math.max(index, 0)}
          aria-valuetext={formatMonth(month)}
          onChange={(event) => onMonth(months[Number(event.target.value)], false)}
        />
        <span className="nhsuk-body-s app-secondary-text" aria-hidden="true">
          {formatMonth(months[0])} to {formatMonth(months[months.length - 1])}
        </span>
      </div>
      <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0" role="status">
        {changeText}
      </p>
    </div>
  );
}
