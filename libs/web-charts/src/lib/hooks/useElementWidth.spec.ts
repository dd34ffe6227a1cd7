import { act, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { useElementWidth } from './useElementWidth';

/** Shows the width the hook reports for the element it measures. */
function Measured({ fallback }: { fallback: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(fallback);
  return createElement('div', { ref }, `width ${width}`);
}

describe('useElementWidth', () => {
  let width = 0;
  let resized: (() => void) | undefined;
  const disconnect = jest.fn();

  beforeEach(() => {
    width = 0;
    resized = undefined;
    disconnect.mockClear();
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width }) as DOMRect);
    global.ResizeObserver = class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe = jest.fn();
      unobserve = jest.fn();
      disconnect = disconnect;
    } as unknown as typeof ResizeObserver;
  });
  afterEach(() => jest.restoreAllMocks());

  it('keeps the fallback until the element has a width, then follows it as the layout changes, in whole pixels', () => {
    render(createElement(Measured, { fallback: 640 }));
    expect(screen.getByText('width 640')).toBeTruthy();
    width = 812.7;
    act(() => resized?.());
    expect(screen.getByText('width 812')).toBeTruthy();
    width = 0;
    act(() => resized?.());
    expect(screen.getByText('width 812')).toBeTruthy();
  });

  it('stops watching when the chart goes away', () => {
    const { unmount } = render(createElement(Measured, { fallback: 640 }));
    unmount();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
});
