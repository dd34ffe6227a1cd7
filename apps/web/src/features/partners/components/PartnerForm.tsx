import type { ApolloCache } from '@apollo/client';
import { useState } from 'react';
import {
  CreateOrganisationDocument,
  OrganisationDocument,
  UpdateOrganisationDocument,
  type OrganisationFieldsFragment,
} from '../../../generated/graphql';
import { Checkboxes } from '../../../shared/components/Checkboxes';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { SelectInput } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { useRegisterForm, type RegisterFormProps } from '../../../shared/hooks/useRegisterForm';
import { ORGANISATION_KIND_OPTIONS, SECTOR_OPTIONS } from '../../../shared/utils/domain-options';
import {
  organisationInputFrom,
  PARTNER_FORM_FIELDS,
  partnerFormProblems,
  withKind,
  type PartnerFormValues,
} from '../utils/partner-form';

const PARTNER_MUTATIONS = {
  create: CreateOrganisationDocument,
  update: UpdateOrganisationDocument,
  // The partner page opens next: answer it from the mutation result.
  remember: (cache: ApolloCache, organisation: OrganisationFieldsFragment) =>
    cache.writeQuery({ query: OrganisationDocument, variables: { id: organisation.id }, data: { organisation } }),
};

interface PartnerFormProps extends RegisterFormProps<PartnerFormValues> {
  /** True when editing: an existing sector was chosen on purpose, so a new kind must not replace it. */
  sectorChosenInitially: boolean;
}

/** The one form for adding and editing a partner. Checks with the domain rules first; nothing is sent while any fail. */
export function PartnerForm({ id, heading, initialValues, sectorChosenInitially, cancelTo }: PartnerFormProps) {
  const placesQuery = usePlaceOptions();
  const { values, setValues, setField, bind, inline, layout } = useRegisterForm({
    id,
    initialValues,
    fields: PARTNER_FORM_FIELDS,
    thing: 'the partner',
    problemsIn: partnerFormProblems,
    recordsPath: '/partners',
    toInput: organisationInputFrom,
    mutations: PARTNER_MUTATIONS,
  });
  const [sectorChosen, setSectorChosen] = useState(sectorChosenInitially);

  return (
    <FormLayout heading={heading} backTo={cancelTo} submitText="Save partner" {...layout}>
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
        options={ORGANISATION_KIND_OPTIONS}
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
        options={placesQuery.options}
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
