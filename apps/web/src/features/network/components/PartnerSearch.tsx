import { useState, type FormEvent } from 'react';
import { findPartner } from '../utils/network-format';

interface PartnerSearchProps {
  partners: readonly { organisationId: string; name: string }[];
  onFind: (id: string) => void;
}

/** "Find a partner": type a name (the browser suggests the network's partners), and the map moves to it and opens its details. */
export function PartnerSearch({ partners, onFind }: PartnerSearchProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = findPartner(partners, text);
    setProblem(found ? null : text.trim() ? `No partner called ${text.trim()} is in this network` : 'Enter the name of a partner');
    if (found) onFind(found.organisationId);
  }

  return (
    <form className={`app-partner-search nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`} role="search" aria-label="Find a partner on the map" onSubmit={find} noValidate>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="partner-search">
        Find a partner
      </label>
      {problem ? (
        <span className="nhsuk-error-message" id="partner-search-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </span>
      ) : null}
      <div className="app-inline-fields">
        <input
          className="nhsuk-input nhsuk-input--width-20"
          id="partner-search"
          type="search"
          list="partner-search-names"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={problem ? 'partner-search-error' : undefined}
        />
        <datalist id="partner-search-names">
          {partners.map((partner) => (
            <option key={partner.organisationId} value={partner.name} />
          ))}
        </datalist>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0">
          Find
        </button>
      </div>
    </form>
  );
}
