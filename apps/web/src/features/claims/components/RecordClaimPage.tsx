import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { canRecordClaims, CLAIM_MADE_BY_ROLE_MAX_LENGTH, CLAIM_TEXT_MAX_LENGTH, PRACTICES } from '@stewardship/domain';
import { CLAIM_DIRECTION_HELP } from '@stewardship/evidence';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { RecordClaimDocument, type ClaimDirection, type Practice } from '../../../generated/graphql';
import { Checkboxes } from '../../../shared/components/Checkboxes';
import { DateInput } from '../../../shared/components/DateInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { NoPermission } from '../../../shared/components/NoPermission';
import { Radios, type RadioOption } from '../../../shared/components/Radios';
import { SelectInput } from '../../../shared/components/SelectInput';
import { Textarea } from '../../../shared/components/Textarea';
import { TextInput } from '../../../shared/components/TextInput';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import type { SavedState } from '../../../shared/hooks/useSavedBanner';
import { OrganisationPicker } from '../../../shared/pickers/components/OrganisationPicker';
import { useOrganisationOptions } from '../../../shared/pickers/hooks/useOrganisationOptions';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { CLAIM_DIRECTIONS } from '../utils/claim-display';
import { checkClaimForm, CLAIM_FORM_FIELDS, claimErrorTarget, EMPTY_CLAIM_FORM, type ClaimFormValues } from '../utils/claim-form';

export const CLAIM_RECORDERS_EXPLANATION = 'Administrators, leaders and non-executives record claims and link evidence to them. Everyone else reads them.';

const PRACTICE_OPTIONS = PRACTICES.map((practice) => ({ value: practice.key, label: practice.name }));
const DIRECTION_OPTIONS: RadioOption<ClaimDirection>[] = CLAIM_DIRECTIONS.map((direction) => ({
  value: direction,
  label: CLAIM_DIRECTION_HELP[direction].label,
  hint: CLAIM_DIRECTION_HELP[direction].meaning,
}));

/** The claims list fetches again when next shown. */
function forgetClaims(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'claims' });
  cache.gc();
}

/** /claims/new (administrators, leaders, non-executives). */
export function RecordClaimPage() {
  const viewer = useSignedInViewer();
  if (!canRecordClaims(viewer.role)) {
    return <NoPermission action="record claims" listPath="/claims" listName="claims" explanation={CLAIM_RECORDERS_EXPLANATION} />;
  }
  return <RecordClaimForm />;
}

/** Every field of a claim as made; what the form or the API finds wrong is shown beside its field and in the summary. */
function RecordClaimForm() {
  const navigate = useNavigate();
  const [values, setValues] = useState<ClaimFormValues>(EMPTY_CLAIM_FORM);
  const targets = Object.fromEntries(CLAIM_FORM_FIELDS.map((field) => [field, claimErrorTarget(field)]));
  const { inline, summary, attempt, submitChecked } = useFormErrors({ fields: CLAIM_FORM_FIELDS, targets, thing: 'the claim' });
  const [record, { loading }] = useMutation(RecordClaimDocument);
  const places = usePlaceOptions();
  const organisations = useOrganisationOptions(false);
  const [partnerChoice, setPartnerChoice] = useState('');

  const set =
    <Field extends keyof ClaimFormValues>(field: Field) =>
    (value: ClaimFormValues[Field]) =>
      setValues((current) => ({ ...current, [field]: value }));

  function addPartner(id: string) {
    setPartnerChoice('');
    const name = organisations.options.find((option) => option.value === id)?.label;
    if (!id || !name || values.partners.some((partner) => partner.id === id)) return;
    set('partners')([...values.partners, { id, name }]);
  }

  async function save(input: ReturnType<typeof checkClaimForm>['input'] & object) {
    const { data } = await record({ variables: { input }, update: forgetClaims });
    if (!data) throw new Error('The claim was not recorded');
    const state: SavedState = { saved: 'create', heading: 'Claim recorded', message: 'Link evidence to it, or review the verdict the app suggests.' };
    navigate(`/claims/${encodeURIComponent(data.recordClaim.id)}`, { state });
  }

  return (
    <FormLayout
      heading="Record a claim"
      backTo="/claims"
      errors={summary}
      focusKey={attempt}
      submitText="Record claim"
      submitting={loading}
      onSubmit={() => submitChecked(checkClaimForm(values), save)}
      intro={
        <p className="nhsuk-body">
          A claim is recorded as it was made, and never changed: one recorded wrongly is recorded again. The app then proposes
          the figures that bear on it.
        </p>
      }
    >
      <Textarea
        id="text"
        label="The claim"
        hint={`As written where it was made. Up to ${CLAIM_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters`}
        rows={4}
        value={values.text}
        error={inline['text']}
        onChange={set('text')}
      />
      <TextInput id="sourceTitle" label="Document it was made in" hint="For example, ICB board paper, March 2026: system performance" value={values.sourceTitle} error={inline['sourceTitle']} onChange={set('sourceTitle')} />
      <TextInput id="sourceUrl" label="Web address of the document (optional)" hint="Starting https:// or http://" type="url" value={values.sourceUrl} error={inline['sourceUrl']} onChange={set('sourceUrl')} />
      <TextInput id="sourcePage" label="Page (optional)" hint="As printed, for example 12 or 12–14" inputClassName="nhsuk-input--width-10" value={values.sourcePage} error={inline['sourcePage']} onChange={set('sourcePage')} />
      <OrganisationPicker id="madeById" label="Made by" hint="The organisation that made the claim" value={values.madeById} error={inline['madeById']} onChange={set('madeById')} />
      <TextInput
        id="madeByRole"
        label="Role of whoever made it"
        hint={`For example, Chief executive. Up to ${CLAIM_MADE_BY_ROLE_MAX_LENGTH} characters`}
        value={values.madeByRole}
        error={inline['madeByRole']}
        onChange={set('madeByRole')}
      />
      <DateInput id="madeOn" legend="Day it was made" hint="For example, 12 3 2026" value={values.madeOn} error={inline['madeOn']} onChange={set('madeOn')} />
      <DateInput
        id="from"
        legend="First day of the period it speaks of"
        hint="Start on the first of a month to include that month’s figures, for example 1 4 2025"
        value={values.from}
        error={inline['from']}
        onChange={set('from')}
      />
      <DateInput id="to" legend="Last day of the period it speaks of" hint="At most 30 months after the first, for example 31 3 2026" value={values.to} error={inline['to']} onChange={set('to')} />
      <Checkboxes
        id="practices"
        legend="Practices it concerns"
        hint="At least one"
        options={PRACTICE_OPTIONS}
        values={values.practices}
        error={inline['practices']}
        onChange={(practices) => set('practices')(practices as Practice[])}
      />
      <Radios id="direction" legend="What it asserts" options={DIRECTION_OPTIONS} value={values.direction || null} error={inline['direction']} onChange={set('direction')} />
      <SelectInput
        id="placeId"
        label="Place it is about (optional)"
        hint={places.error ? 'The list of places could not be loaded. Reload the page to try again.' : 'Leave empty for the whole system'}
        emptyOptionLabel="The whole system"
        options={places.options}
        value={values.placeId}
        error={inline['placeId']}
        onChange={set('placeId')}
      />
      <div className="nhsuk-form-group">
        <SelectInput
          id="partner-choice"
          label="Partners it names (optional)"
          hint="Choose a partner to add it to the list"
          emptyOptionLabel={organisations.loading ? 'Loading partners…' : 'Choose a partner'}
          options={organisations.options.filter((option) => !values.partners.some((partner) => partner.id === option.value))}
          value={partnerChoice}
          error={inline['partnerIds']}
          onChange={addPartner}
        />
        {values.partners.length > 0 ? (
          <ul className="nhsuk-list" aria-label="Partners it names">
            {values.partners.map((partner) => (
              <li key={partner.id}>
                {partner.name}{' '}
                <button type="button" className="app-link-button" onClick={() => set('partners')(values.partners.filter((p) => p.id !== partner.id))}>
                  Remove<span className="nhsuk-u-visually-hidden"> {partner.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </FormLayout>
  );
}
