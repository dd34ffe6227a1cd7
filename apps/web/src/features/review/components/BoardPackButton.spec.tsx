import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../app/apollo-client';
import { BoardPackDocument, BoardPackSupportDocument, RequestBoardPackDocument } from '../../../generated/graphql';
import { BOARD_PACK_POLL_MS, BoardPackButton, boardPackProgress } from './BoardPackButton';

const supportMock = (available: boolean, reason: string | null = null): MockLink.MockedResponse => ({
  request: { query: BoardPackSupportDocument },
  result: { data: { boardPackSupport: { __typename: 'BoardPackSupport', available, reason } } },
});

const pack = (fields: Record<string, unknown>) => ({
  __typename: 'BoardPack',
  id: 'p1',
  month: '2026-05',
  placeId: null,
  status: 'QUEUED',
  attempts: 0,
  maxAttempts: 3,
  error: null,
  sizeBytes: null,
  downloadPath: null,
  ...fields,
});

const requestMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: RequestBoardPackDocument, variables: { month: '2026-05', placeId: null } },
  result,
});
const packMock = (fields: Record<string, unknown>): MockLink.MockedResponse => ({ request: { query: BoardPackDocument, variables: { id: 'p1' } }, result: { data: { boardPack: pack(fields) } } });

function renderButton(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <BoardPackButton month="2026-05" placeId={null} />
    </MockedProvider>,
  );
}

// MockLink answers after a short, realistic delay.
const settle = () => act(() => jest.advanceTimersByTimeAsync(200));
/** Lets time pass, a tenth of a second at a time, until the progress reads `text`: each state lasts a poll, so none is skipped. */
async function progressBecomes(text: string) {
  for (let waited = 0; waited <= 2 * BOARD_PACK_POLL_MS && screen.queryByRole('status')?.textContent !== text; waited += 100) {
    await act(() => jest.advanceTimersByTimeAsync(100));
  }
  expect(screen.getByRole('status').textContent).toBe(text);
}

describe('BoardPackButton', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks for a pack, follows it through its attempts, and offers the download when it is made', async () => {
    renderButton([
      supportMock(true),
      requestMock({ data: { requestBoardPack: pack({}) } }),
      packMock({ status: 'QUEUED' }),
      packMock({ status: 'RUNNING', attempts: 1 }),
      packMock({ status: 'QUEUED', attempts: 1, error: 'The review page could not load the review' }),
      packMock({ status: 'RUNNING', attempts: 2, error: 'The review page could not load the review' }),
      packMock({ status: 'DONE', attempts: 2, sizeBytes: 153_600, downloadPath: '/downloads/board-packs/p1' }),
    ]);
    await settle();
    expect(screen.getByRole('group', { name: 'PDF board pack for May 2026' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Make the PDF board pack' }));
    await progressBecomes('Your board pack is waiting to be made…');
    expect(screen.queryByRole('button', { name: /board pack/ })).toBeNull();
    await progressBecomes('Your board pack is being made (attempt 1 of 3)…');
    await progressBecomes('Attempt 1 of 3 failed (The review page could not load the review); it will be tried again…');
    await progressBecomes('Your board pack is being made (attempt 2 of 3)…');
    await progressBecomes('Your board pack is ready.');
    const link = screen.getByRole('link', { name: 'Download the board pack for May 2026 (PDF, 150 KB)' });
    expect(link.getAttribute('href')).toBe('/downloads/board-packs/p1');
    expect(link.hasAttribute('download')).toBe(true);
    // Made: no more polling (a further poll would find no mock and show an error).
    await act(() => jest.advanceTimersByTimeAsync(3 * BOARD_PACK_POLL_MS));
    expect(screen.getByRole('status').textContent).toBe('Your board pack is ready.');
    expect(screen.getByRole('button', { name: 'Make the PDF board pack again' })).toBeTruthy();
  });

  it('says why when the server cannot make packs, and offers the browser’s print instead', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderButton([supportMock(false, 'The server has no Chromium to make board packs with (its administrator can install it or set CHROMIUM_PATH).')]);
    await settle();
    expect(screen.getByText(/The server has no Chromium to make board packs with/)).toBeTruthy();
    expect(screen.getByText(/“Save as PDF”/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Make the PDF board pack' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Print the review' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('offers print when a pack is given up, and when the limit of waiting packs is reached says so', async () => {
    renderButton([
      supportMock(true),
      requestMock({ data: { requestBoardPack: pack({}) } }),
      packMock({ status: 'FAILED', attempts: 3, error: 'Chromium crashed' }),
      requestMock({ errors: [new GraphQLError('You already have 3 board packs waiting or being made. Ask for another when one of them is ready.', { extensions: { code: 'TOO_MANY_REQUESTS' } })] }),
    ]);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Make the PDF board pack' }));
    await progressBecomes('Your board pack could not be made after 3 attempts: Chromium crashed.');
    expect(screen.getByRole('button', { name: 'Print the review' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Make the PDF board pack again' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Error: You already have 3 board packs waiting or being made. Ask for another when one of them is ready.');
  });

  it('offers print when the check itself fails', async () => {
    renderButton([{ request: { query: BoardPackSupportDocument }, error: new Error('Network down') }]);
    await settle();
    expect(screen.getByText(/We could not check whether the server can make a PDF board pack/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print the review' })).toBeTruthy();
  });
});

describe('boardPackProgress', () => {
  it('names the attempt and the reason a failed one gave', () => {
    expect(boardPackProgress({ status: 'QUEUED', attempts: 0, maxAttempts: 3, error: null })).toBe('Your board pack is waiting to be made…');
    expect(boardPackProgress({ status: 'QUEUED', attempts: 2, maxAttempts: 3, error: 'Timeout' })).toBe('Attempt 2 of 3 failed (Timeout); it will be tried again…');
    expect(boardPackProgress({ status: 'FAILED', attempts: 3, maxAttempts: 3, error: null })).toBe('Your board pack could not be made after 3 attempts: no reason given.');
  });
});
