import { MAX_EVIDENCE_LINKS } from '@stewardship/domain';
import { ErrorMessage } from '../../../shared/components/FieldMessages';
import { TextInput } from '../../../shared/components/TextInput';
import { classNames as classes } from '../../../shared/utils/class-names';
import type { EvidenceRow } from '../utils/decision-form';

interface EvidenceInputProps {
  evidence: EvidenceRow[];
  onChange: (evidence: EvidenceRow[]) => void;
  inline: Partial<Record<string, string>>;
  onRowsRenumbered: () => void;
}

/** "Evidence": links to the minutes, papers or letters that show the decision, each a web address and a title. */
export function EvidenceInput({ evidence, onChange, inline, onRowsRenumbered }: EvidenceInputProps) {
  const change = (index: number, part: keyof EvidenceRow) => (value: string) =>
    onChange(evidence.map((link, i) => (i === index ? { ...link, [part]: value } : link)));

  return (
    <div className={classes('nhsuk-form-group', inline['evidence'] && 'nhsuk-form-group--error')}>
      <h2 className="nhsuk-heading-m">Evidence</h2>
      <p className="nhsuk-body">Links to the minutes, papers or letters that show the decision (optional).</p>
      <ErrorMessage id="evidence" text={inline['evidence']} />
      {evidence.map((link, index) => (
        <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-4" key={index}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Evidence link {index + 1}</legend>
          <TextInput
            id={`evidence-${index}-url`}
            label="Web address"
            hint="Starting with https://"
            type="url"
            autoComplete="off"
            spellCheck={false}
            value={link.url}
            error={inline[`evidence.${index}.url`]}
            onChange={change(index, 'url')}
          />
          <TextInput id={`evidence-${index}-title`} label="Title of the evidence" value={link.title} error={inline[`evidence.${index}.title`]} onChange={change(index, 'title')} />
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={() => {
              onChange(evidence.filter((_, i) => i !== index));
              onRowsRenumbered();
            }}
          >
            Remove<span className="nhsuk-u-visually-hidden"> evidence link {index + 1}</span>
          </button>
        </fieldset>
      ))}
      {evidence.length < MAX_EVIDENCE_LINKS ? (
        <button id="evidence-add" className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => onChange([...evidence, { url: '', title: '' }])}>
          Add {evidence.length === 0 ? 'an' : 'another'} evidence link
        </button>
      ) : null}
    </div>
  );
}
