import { ROLE_GROUP_LABELS } from '@stewardship/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RoleGroup } from '../../../generated/graphql';
import { describedBy, ErrorMessage, Hint } from '../../../shared/components/FieldMessages';
import { SelectInput } from '../../../shared/components/SelectInput';
import { classNames } from '../../../shared/utils/class-names';

export interface Invitee {
  id: string;
  name: string;
  roleGroup: RoleGroup;
  organisation: { id: string; name: string };
}

interface PeoplePickerProps {
  people: readonly Invitee[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
  /** Still fetching more people (the register is read a page at a time). */
  loadingMore?: boolean;
}

const HINT = 'Each person gets their own link. Choose an organisation to narrow the list.';

/** Who is invited: a checkbox per person, an organisation filter, and "Select all" for the people shown. */
export function PeoplePicker({ people, selected, onChange, error, loadingMore }: PeoplePickerProps) {
  const [organisationId, setOrganisationId] = useState('');
  const selectAll = useRef<HTMLInputElement>(null);
  const organisations = useMemo(() => {
    const byId = new Map(people.map((person) => [person.organisation.id, person.organisation.name]));
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  }, [people]);
  const shown = organisationId ? people.filter((person) => person.organisation.id === organisationId) : people;
  const chosen = new Set(selected);
  const shownChosen = shown.filter((person) => chosen.has(person.id)).length;
  const allShownChosen = shown.length > 0 && shownChosen === shown.length;

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = shownChosen > 0 && !allShownChosen;
  }, [shownChosen, allShownChosen]);

  function toggleShown(checked: boolean) {
    const shownIds = new Set(shown.map((person) => person.id));
    const others = selected.filter((id) => !shownIds.has(id));
    onChange(checked ? [...others, ...shown.map((person) => person.id)] : others);
  }

  function toggle(id: string, checked: boolean) {
    onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  }

  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy('invitees', HINT, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Who is invited</h2>
        </legend>
        <Hint id="invitees" text={HINT} />
        <ErrorMessage id="invitees" text={error} />
        <SelectInput
          id="invitee-organisation"
          label="Organisation"
          labelClassName="nhsuk-label--s"
          emptyOptionLabel="All organisations"
          options={organisations}
          value={organisationId}
          onChange={setOrganisationId}
        />
        <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
          {selected.length === 1 ? '1 person selected' : `${selected.length.toLocaleString('en-GB')} people selected`}
          {loadingMore ? '. Loading more people…' : ''}
        </p>
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-u-margin-bottom-2">
          <div className="nhsuk-checkboxes__item">
            <input
              ref={selectAll}
              className="nhsuk-checkboxes__input"
              id="invitees"
              type="checkbox"
              checked={allShownChosen}
              disabled={shown.length === 0}
              onChange={(event) => toggleShown(event.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="invitees">
              Select all{organisationId ? ' from this organisation' : ''}
            </label>
          </div>
        </div>
        {/* Focusable so the keyboard can scroll the table sideways on a narrow screen. */}
        <div className="app-scroll-table app-people-picker" role="region" aria-label="People who can be invited" tabIndex={0}>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">People who can be invited</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th className="nhsuk-table__header" scope="col">
                  Invite
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Name
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Organisation
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Role group
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {shown.map((person) => (
                <tr className="nhsuk-table__row" key={person.id}>
                  <td className="nhsuk-table__cell">
                    <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                      <div className="nhsuk-checkboxes__item">
                        <input
                          className="nhsuk-checkboxes__input"
                          id={`invitee-${person.id}`}
                          type="checkbox"
                          checked={chosen.has(person.id)}
                          onChange={(event) => toggle(person.id, event.target.checked)}
                        />
                        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`invitee-${person.id}`}>
                          <span className="nhsuk-u-visually-hidden">Invite {person.name}</span>
                        </label>
                      </div>
                    </div>
                  </td>
                  <td className="nhsuk-table__cell">{person.name}</td>
                  <td className="nhsuk-table__cell">{person.organisation.name}</td>
                  <td className="nhsuk-table__cell">{ROLE_GROUP_LABELS[person.roleGroup]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
    </div>
  );
}
