import { useId, useState, type KeyboardEvent } from 'react';
import { findPartners } from '../utils/partner-search';

interface Partner {
  id: string;
  name: string;
}

/** The search box's id: "Find another partner" and removing a partner bring focus back to it. */
export const PARTNER_SEARCH_ID = 'partner-search';

interface PartnerPickerProps {
  partners: readonly Partner[];
  addedIds: ReadonlySet<string>;
  onAdd: (partner: Partner) => void;
}

/** "Find a partner": type part of a name, then choose "Add <name>" from the matches. */
export function PartnerPicker({ partners, addedIds, onAdd }: PartnerPickerProps) {
  const [query, setQuery] = useState('');
  const { shown, total } = findPartners(partners, query, addedIds);
  const statusId = useId();

  // Enter in the search box would submit the whole survey.
  const keepEnterHere = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };

  let status = '';
  if (query.trim()) {
    if (total === 0) status = 'No partners match. Try fewer letters, or another part of the name.';
    else if (total > shown.length) status = `${total} partners match. The first ${shown.length} are shown: type more of the name to narrow them down.`;
    else status = total === 1 ? '1 partner matches.' : `${total} partners match.`;
  }

  return (
    <div className="app-partner-picker">
      <div className="nhsuk-form-group nhsuk-u-margin-bottom-2">
        <label className="nhsuk-label nhsuk-label--s" htmlFor={PARTNER_SEARCH_ID}>
          Find a partner
        </label>
        <div className="nhsuk-hint" id={`${PARTNER_SEARCH_ID}-hint`}>
          Type part of the partner&rsquo;s name
        </div>
        <input
          className="nhsuk-input"
          id={PARTNER_SEARCH_ID}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${PARTNER_SEARCH_ID}-hint ${statusId}`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={keepEnterHere}
        />
      </div>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" id={statusId} role="status">
        {status}
      </p>
      {shown.length > 0 ? (
        <ul className="nhsuk-list app-partner-picker__results" aria-label="Matching partners">
          {shown.map((partner) => (
            <li key={partner.id}>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-2 app-partner-picker__add"
                onClick={() => {
                  onAdd(partner);
                  setQuery('');
                }}
              >
                Add {partner.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
