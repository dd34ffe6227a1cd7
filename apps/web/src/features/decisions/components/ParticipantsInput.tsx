import { useState } from 'react';
import { SelectInput } from '../../../shared/components/SelectInput';
import { ErrorMessage } from '../../../shared/components/FieldMessages';
import { classNames as classes } from '../../../shared/utils/class-names';
import { useOrganisationOptions } from '../../../shared/pickers/hooks/useOrganisationOptions';
import { PARTICIPATION_COLUMNS } from '../utils/decision-display';
import { NO_PARTICIPATION, participantCheckboxId, participantProblem, type ParticipantRow } from '../utils/decision-form';

interface ParticipantsInputProps {
  participants: ParticipantRow[];
  onChange: (participants: ParticipantRow[]) => void;
  /** Inline errors by the API's field names (`participants`, `participants.2`, `participants.2.organisationId`). */
  inline: Partial<Record<string, string>>;
  /** Called when a row is removed: errors named by row number no longer point at the right rows. */
  onRowsRenumbered: () => void;
}

/** "Organisations involved": add partners one at a time, each a row of seven checkboxes saying how it took part. */
export function ParticipantsInput({ participants, onChange, inline, onRowsRenumbered }: ParticipantsInputProps) {
  const organisations = useOrganisationOptions(false);
  const [chosen, setChosen] = useState('');
  const listed = new Set(participants.map((p) => p.organisationId));
  const options = organisations.options.filter((option) => !listed.has(option.value));

  function add() {
    const option = options.find((o) => o.value === chosen);
    if (!option) return;
    onChange([...participants, { organisationId: option.value, name: option.label, ...NO_PARTICIPATION }]);
    setChosen('');
  }

  function remove(index: number) {
    onChange(participants.filter((_, i) => i !== index));
    onRowsRenumbered();
  }

  return (
    <div className={classes('nhsuk-form-group', inline['participants'] && 'nhsuk-form-group--error')}>
      <h2 className="nhsuk-heading-m">Organisations involved</h2>
      <p className="nhsuk-body">
        Add each organisation the decision affected or that took part, then tick how it took part. A deputy is recorded
        only for an organisation that was present, and delegated authority only for a deputy.
      </p>
      <ErrorMessage id="participants" text={inline['participants']} />
      {participants.map((participant, index) => {
        const problem = participantProblem(inline, index);
        const errorId = `participants-${index}`;
        return (
          <div key={participant.organisationId} className={classes('nhsuk-form-group', problem && 'nhsuk-form-group--error')}>
            <fieldset className="nhsuk-fieldset" aria-describedby={problem ? `${errorId}-error` : undefined}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{participant.name}</legend>
              <ErrorMessage id={errorId} text={problem} />
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-checkboxes--inline">
                {PARTICIPATION_COLUMNS.map(({ key, label }) => {
                  const id = participantCheckboxId(index, key);
                  return (
                    <div className="nhsuk-checkboxes__item" key={key}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={id}
                        name={id}
                        type="checkbox"
                        checked={participant[key]}
                        onChange={(event) => onChange(participants.map((p, i) => (i === index ? { ...p, [key]: event.target.checked } : p)))}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                        {label}
                      </label>
                    </div>
                  );
                })}
              </div>
              <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" type="button" onClick={() => remove(index)}>
                Remove<span className="nhsuk-u-visually-hidden"> {participant.name}</span>
              </button>
            </fieldset>
          </div>
        );
      })}
      <SelectInput
        id="participants-add"
        label="Organisation to add"
        hint={organisations.error ? 'The list of partners could not be loaded. Reload the page to try again.' : 'Current partners not yet listed, in name order'}
        emptyOptionLabel={organisations.loading ? 'Loading partners…' : 'Choose an organisation'}
        options={options}
        value={chosen}
        onChange={setChosen}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={add} disabled={!chosen}>
        Add organisation
      </button>
    </div>
  );
}
