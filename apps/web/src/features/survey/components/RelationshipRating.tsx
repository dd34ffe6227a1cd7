import { SURVEY_COMMENT_MAX_LENGTH } from '@stewardship/domain';
import type { ContactFrequency, RelationshipType } from '../../../generated/graphql';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { relationshipControlId, type RelationshipDraft } from '../utils/survey-draft';
import { NUMBER_SCALE, ScaleQuestion } from './ScaleQuestion';

export const CONTACT_FREQUENCY_OPTIONS: SelectOption[] = [
  { value: 'WEEKLY', label: 'Weekly' },
  { value: 'MONTHLY', label: 'Monthly' },
  { value: 'QUARTERLY', label: 'Quarterly' },
  { value: 'RARELY', label: 'Rarely' },
];

export const RELATIONSHIP_TYPE_OPTIONS: SelectOption[] = [
  { value: 'FORMAL_AGREEMENT', label: 'Formal agreement' },
  { value: 'JOINT_PROGRAMME', label: 'Joint programme' },
  { value: 'INFORMAL', label: 'Informal' },
];

/** The two 1 to 5 ratings asked about every partner, in the order they are asked. */
const RATINGS: { part: 'trust' | 'value'; legend: string; hint: string }[] = [
  { part: 'trust', legend: 'Trust', hint: 'How far you trust them to do what they say: 1 very little, 5 completely' },
  { part: 'value', legend: 'Value', hint: "How much working with them helps your organisation's work: 1 very little, 5 a great deal" },
];

interface RelationshipRatingProps {
  partnerName: string;
  relationship: RelationshipDraft;
  errors: Partial<Record<string, string>>;
  onChange: (change: Partial<Omit<RelationshipDraft, 'organisationId'>>) => void;
  onRemove: () => void;
}

/** One partner the respondent added: trust, value, how often they are in contact, the type of relationship, a note. */
export function RelationshipRating({ partnerName, relationship, errors, onChange, onRemove }: RelationshipRatingProps) {
  const id = (part: string) => relationshipControlId(relationship.organisationId, part);
  const field = (part: string) => errors[`relationships.${relationship.organisationId}.${part}`];
  return (
    <section className="nhsuk-card nhsuk-u-margin-bottom-4" aria-labelledby={id('heading')}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s" id={id('heading')} tabIndex={-1}>
          {partnerName}
        </h3>
        {field('organisationId') ? <p className="nhsuk-error-message">{field('organisationId')}</p> : null}
        {RATINGS.map(({ part, legend, hint }) => (
          <ScaleQuestion
            key={part}
            id={id(part)}
            legend={legend}
            legendSize="s"
            hint={hint}
            options={NUMBER_SCALE}
            inline
            value={relationship[part]}
            error={field(part)}
            onChange={(rating) => onChange({ [part]: rating })}
          />
        ))}
        <SelectInput
          id={id('contactFrequency')}
          label="Contact frequency"
          labelClassName="nhsuk-label--s"
          hint="How often you are in personal contact"
          emptyOptionLabel="Choose one"
          options={CONTACT_FREQUENCY_OPTIONS}
          value={relationship.contactFrequency ?? ''}
          error={field('contactFrequency')}
          onChange={(value) => onChange({ contactFrequency: (value || null) as ContactFrequency | null })}
        />
        <SelectInput
          id={id('type')}
          label="Type"
          labelClassName="nhsuk-label--s"
          emptyOptionLabel="Choose one"
          options={RELATIONSHIP_TYPE_OPTIONS}
          value={relationship.type ?? ''}
          error={field('type')}
          onChange={(value) => onChange({ type: (value || null) as RelationshipType | null })}
        />
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={id('note')}>
            Note (optional)
          </label>
          <textarea
            className="nhsuk-textarea"
            id={id('note')}
            name={id('note')}
            rows={2}
            maxLength={SURVEY_COMMENT_MAX_LENGTH}
            value={relationship.note}
            onChange={(event) => onChange({ note: event.target.value })}
          />
        </div>
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={onRemove}>
          Remove<span className="nhsuk-u-visually-hidden"> {partnerName}</span>
        </button>
      </div>
    </section>
  );
}
