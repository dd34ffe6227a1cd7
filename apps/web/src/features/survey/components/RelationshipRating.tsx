import { useEffect, useState } from 'react';
import { SURVEY_COMMENT_MAX_LENGTH } from '@stewardship/domain';
import type { ContactFrequency, RelationshipType } from '../../../generated/graphql';
import { describedBy, ErrorMessage } from '../../../shared/components/FieldMessages';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { classNames } from '../../../shared/utils/class-names';
import { relationshipControlId, type RelationshipDraft } from '../utils/survey-draft';
import { RatingScale } from './RatingScale';

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

/** The two 1 to 5 ratings asked about every partner, in the order they are asked, with what 1 and 5 mean. */
const RATINGS: { part: 'trust' | 'value'; legend: string; hint: string; anchors: { low: string; high: string } }[] = [
  { part: 'trust', legend: 'Trust', hint: 'How far you trust them to do what they say', anchors: { low: 'Very little', high: 'Completely' } },
  { part: 'value', legend: 'Value', hint: "How much working with them helps your organisation's work", anchors: { low: 'Very little', high: 'A great deal' } },
];

interface RelationshipRatingProps {
  partnerName: string;
  relationship: RelationshipDraft;
  errors: Partial<Record<string, string>>;
  onChange: (change: Partial<Omit<RelationshipDraft, 'organisationId'>>) => void;
  onRemove: () => void;
  /** Moves focus to "Find a partner", so adding the next partner is one key press from the end of every card. */
  onFindAnother: () => void;
}

/**
 * One partner the respondent added: trust and value as rows of 1 to 5, contact and type side by side, a note folded
 * away until wanted, so the card fits one phone screen; it ends with "Find another partner" and "Remove".
 */
export function RelationshipRating({ partnerName, relationship, errors, onChange, onRemove, onFindAnother }: RelationshipRatingProps) {
  const id = (part: string) => relationshipControlId(relationship.organisationId, part);
  const field = (part: string) => errors[`relationships.${relationship.organisationId}.${part}`];
  const noteProblem = field('note');
  // A note already written, or one with a problem, is shown rather than folded away.
  const [noteOpen, setNoteOpen] = useState(relationship.note !== '');
  useEffect(() => {
    if (noteProblem) setNoteOpen(true);
  }, [noteProblem]);
  return (
    <section className="nhsuk-card nhsuk-u-margin-bottom-4" aria-labelledby={id('heading')}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s" id={id('heading')} tabIndex={-1}>
          {partnerName}
        </h3>
        {field('organisationId') ? <p className="nhsuk-error-message">{field('organisationId')}</p> : null}
        {RATINGS.map(({ part, legend, hint, anchors }) => (
          <RatingScale
            key={part}
            id={id(part)}
            legend={legend}
            hint={hint}
            anchors={anchors}
            value={relationship[part]}
            error={field(part)}
            onChange={(rating) => onChange({ [part]: rating })}
          />
        ))}
        <div className="app-partner-card__choices">
          <SelectInput
            id={id('contactFrequency')}
            label="How often in contact"
            labelClassName="nhsuk-label--s"
            emptyOptionLabel="Choose one"
            options={CONTACT_FREQUENCY_OPTIONS}
            value={relationship.contactFrequency ?? ''}
            error={field('contactFrequency')}
            onChange={(value) => onChange({ contactFrequency: (value || null) as ContactFrequency | null })}
          />
          <SelectInput
            id={id('type')}
            label="Type of relationship"
            labelClassName="nhsuk-label--s"
            emptyOptionLabel="Choose one"
            options={RELATIONSHIP_TYPE_OPTIONS}
            value={relationship.type ?? ''}
            error={field('type')}
            onChange={(value) => onChange({ type: (value || null) as RelationshipType | null })}
          />
        </div>
        <details className="nhsuk-details nhsuk-u-margin-bottom-4" open={noteOpen} onToggle={(event) => setNoteOpen(event.currentTarget.open)}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Add a note (optional)</span>
          </summary>
          <div className="nhsuk-details__text">
            <div className={classNames('nhsuk-form-group nhsuk-u-margin-bottom-0', noteProblem && 'nhsuk-form-group--error')}>
              <label className="nhsuk-label" htmlFor={id('note')}>
                Note about {partnerName}
              </label>
              <ErrorMessage id={id('note')} text={noteProblem} />
              <textarea
                className="nhsuk-textarea nhsuk-u-margin-bottom-0"
                id={id('note')}
                name={id('note')}
                rows={2}
                maxLength={SURVEY_COMMENT_MAX_LENGTH}
                aria-describedby={describedBy(id('note'), undefined, noteProblem)}
                value={relationship.note}
                onChange={(event) => onChange({ note: event.target.value })}
              />
            </div>
          </div>
        </details>
        <div className="app-partner-card__actions">
          <button type="button" className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0 app-partner-card__find" onClick={onFindAnother}>
            Find another partner
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={onRemove}>
            Remove<span className="nhsuk-u-visually-hidden"> {partnerName}</span>
          </button>
        </div>
      </div>
    </section>
  );
}
