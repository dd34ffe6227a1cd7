/**
 * The board pack's button in the review's header. For now the browser's own print (to paper or PDF), with the print
 * stylesheet; the server-rendered PDF queue replaces this file's content, keeping its props.
 */
export function BoardPackButton({ month, placeId }: { month: string; placeId: string | null }) {
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary app-review-no-print"
      data-month={month}
      data-place={placeId ?? undefined}
      onClick={() => window.print()}
    >
      Print or save as PDF
    </button>
  );
}
