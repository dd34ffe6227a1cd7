/** Ids a control's aria-describedby should point at: its hint and its error, when present. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Hint({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {text}
    </div>
  );
}

export function ErrorMessage({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {text}
    </span>
  );
}
