import { useQuery } from '@apollo/client/react';
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS, SECTORS, SECTOR_LABELS } from '@stewardship/domain';
import { useState } from 'react';
import { PlacesDocument } from '../../../generated/graphql';
import { Checkboxes } from '../../../shared/components/Checkboxes';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { useRegisterForm } from '../../../shared/hooks/useRegisterForm';
import { useSavePartner, type SaveMode } from '../hooks/useSavePartner';
import {
  organisationInputFrom,
  PARTNER_FORM_FIELDS,
  partnerFormProblems,
  withKind,
  type PartnerFormValues,
} from '../utils/partner-form';

const KIND_OPTIONS: SelectOption[] = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));
const SECTOR_OPTIONS: SelectOption[] = SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }));

interface PartnerFormProps {
  mode: SaveMode;
  /** The page's h1 and title, e.g. "Add a partner". */
  heading: string;
  initialValues: PartnerFormValues;
  /** True when editing: an existing sector was chosen on purpose, so a new kind must not replace it. */
  sectorChosenInitially: boolean;
  cancelTo: string;
}

/** The one form for adding and editing a partner. Checks with the domain rules first; nothing is sent while any fail. */
export function PartnerForm({ mode, heading, initialValues, sectorChosenInitially, cancelTo }: PartnerFormProps) {
  const { save, saving } = useSavePartner(mode);
  const placesQuery = useQuery(PlacesDocument);
  const { values, setValues, setField, bind, inline, summary, attempt, submit } = useRegisterForm({
    initialValues,
    fields: PARTNER_FORM_FIELDS,
    thing: 'the partner',
    problemsIn: partnerFormProblems,
    recordsPath: '/partners',
  });
  const [sectorChosen, setSectorChosen] = useState(sectorChosenInitially);
  const places: SelectOption[] = (placesQuery.data?.places ?? []).map((place) => ({ value: place.id, label: place.name }));

  return (
    <FormLayout
      heading={heading}
      backTo={cancelTo}
      errors={summary}
      focusKey={attempt}
      submitText="Save partner"
      submitting={saving}
      onSubmit={() => submit(mode.type, async () => (await save(organisationInputFrom(values))).id)}
    >
      <NameInput {...bind('name')} />
      <TextInput
        {...bind('odsCode')}
        label="ODS code (optional)"
        hint="3 to 6 letters or digits, such as RXN or A81001"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputClassName="nhsuk-input--width-10"
      />
      <SelectInput
        id="kind"
        label="Kind"
        hint="Choosing a kind also selects its usual sector, which you can change"
        emptyOptionLabel="Choose a kind"
        options={KIND_OPTIONS}
        value={values.kind}
        error={inline['kind']}
        onChange={(kind) => setValues((v) => withKind(v, kind, sectorChosen))}
      />
      <SelectInput
        id="sector"
        label="Sector"
        emptyOptionLabel="Choose a sector"
        options={SECTOR_OPTIONS}
        value={values.sector}
        error={inline['sector']}
        onChange={(sector) => {
          setSectorChosen(sector !== '');
          setField('sector')(sector as PartnerFormValues['sector']);
        }}
      />
      <Checkboxes
        id="placeIds"
        legend="Places served"
        hint="Select every place this partner works in"
        options={places}
        values={values.placeIds}
        error={inline['placeIds']}
        emptyText={
          placesQuery.loading ? 'Loading places…' : placesQuery.error ? 'The list of places could not be loaded.' : 'There are no places in this system yet.'
        }
        onChange={setField('placeIds')}
      />
      <TextInput
        {...bind('weight')}
        label="Weight (optional)"
        hint="Annual budget in £m or population served, used to compare each sector's share of seats and votes with its size"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        inputClassName="nhsuk-input--width-10"
      />
      <ExternalIdInput {...bind('externalId')} />
    </FormLayout>
  );
}
