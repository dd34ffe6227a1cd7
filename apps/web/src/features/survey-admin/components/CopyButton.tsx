import { useEffect, useState } from 'react';

/** Copies text (a survey link) to the clipboard and says so; `label` ends the button's accessible name. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    if (!result) return undefined;
    const timer = setTimeout(() => setResult(null), 4000);
    return () => clearTimeout(timer);
  }, [result]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  }

  return (
    <span className="app-copy-button">
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={() => void copy()}>
        Copy link<span className="nhsuk-u-visually-hidden"> for {label}</span>
      </button>
      <span role="status" className="nhsuk-body-s nhsuk-u-margin-left-2">
        {result === 'copied' ? 'Copied' : result === 'failed' ? 'Could not copy: select the link and copy it yourself' : ''}
      </span>
    </span>
  );
}
