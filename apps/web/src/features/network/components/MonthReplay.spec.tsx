import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MonthReplay, STEP_MS } from './MonthReplay';

const MONTHS = ['2026-01', '2026-02', '2026-03'];

/** The replay on a page that shows whichever month it is told, with `loaded` the months already fetched. */
function Harness({ loaded, prefetch, start = '2026-01' }: { loaded: Set<string>; prefetch: (month: string) => void; start?: string }) {
  const [month, setMonth] = useState(start);
  return <MonthReplay months={MONTHS} month={month} onMonth={setMonth} isLoaded={(m) => loaded.has(m)} prefetch={prefetch} changeText="Since last month: 1 tie formed." />;
}

const slider = () => screen.getByRole('slider', { name: /Month on the map/ });

describe('MonthReplay', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('plays the months in order, fetching each ahead, and stops at the last', () => {
    const prefetch = jest.fn();
    render(<Harness loaded={new Set(MONTHS)} prefetch={prefetch} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(prefetch).toHaveBeenCalledWith('2026-02');
    expect(screen.getByRole('button', { name: 'Next month' })).toBeDisabled();
    act(() => jest.advanceTimersByTime(STEP_MS));
    expect(slider()).toHaveAttribute('aria-valuetext', 'February 2026');
    act(() => jest.advanceTimersByTime(STEP_MS));
    expect(slider()).toHaveAttribute('aria-valuetext', 'March 2026');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(STEP_MS * 3));
    expect(slider()).toHaveAttribute('aria-valuetext', 'March 2026');
  });

  it('waits for a month that is not here yet rather than showing a blank step', () => {
    const loaded = new Set(['2026-01']);
    render(<Harness loaded={loaded} prefetch={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => jest.advanceTimersByTime(STEP_MS * 2));
    expect(slider()).toHaveAttribute('aria-valuetext', 'January 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Next month' })).toBeEnabled();
  });

  it('plays again from the first month when at the last', () => {
    render(<Harness loaded={new Set(MONTHS)} prefetch={() => undefined} start="2026-03" />);
    expect(screen.getByRole('button', { name: 'Next month' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(slider()).toHaveAttribute('aria-valuetext', 'January 2026');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('steps and slides to a month, and says what changed', () => {
    render(<Harness loaded={new Set(MONTHS)} prefetch={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(slider()).toHaveAttribute('aria-valuetext', 'February 2026');
    fireEvent.change(slider(), { target: { value: '2' } });
    expect(slider()).toHaveAttribute('aria-valuetext', 'March 2026');
    expect(screen.getByRole('status')).toHaveTextContent('Since last month: 1 tie formed.');
  });
});
