interface ShowMoreProps {
  shown: number;
  total: number;
  /** "partners", "people": what failed to load. */
  noun: string;
  loading: boolean;
  failed: boolean;
  onShowMore: () => void;
}

/** "Showing 50 of 263." and a "Show more" button under a paginated table. */
export function ShowMore({ shown, total, noun, loading, failed, onShowMore }: ShowMoreProps) {
  return (
    <>
      <p className="nhsuk-body">
        Showing {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}.
      </p>
      {failed ? (
        <p className="nhsuk-error-message" role="alert">
          More {noun} could not be loaded. Try again.
        </p>
      ) : null}
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onShowMore} disabled={loading}>
        Show more
      </button>
    </>
  );
}
