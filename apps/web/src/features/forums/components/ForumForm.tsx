import { useMutation, useQuery } from '@apollo/client/react';
import { FORUM_KIND_LABELS, FORUM_KINDS } from '@stewardship/domain';
import { CreateForumDocument, PlacesDocument, UpdateForumDocument, type ForumKind } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { useRegisterForm } from '../../../shared/hooks/useRegisterForm';
import { forgetRegisterLists } from '../../../shared/utils/register-cache';
import { FORUM_FORM_FIELDS, forumFormProblems, forumInputFrom, type ForumFormValues } from '../utils/forum-form';

const KIND_OPTIONS: SelectOption[] = FORUM_KINDS.map((kind) => ({ value: kind, label: FORUM_KIND_LABELS[kind] }));

interface ForumFormProps {
  /** Absent when adding a forum. */
  id?: string;
  heading: string;
  initialValues: ForumFormValues;
  /** The place a forum being edited serves now, listed even if it has since been archived. */
  currentPlace?: { id: string; name: string } | null;
  cancelTo: string;
}

/** The one form for adding and editing a forum (its seats are added and changed from the forum's page). */
export function ForumForm({ id, heading, initialValues, currentPlace, cancelTo }: ForumFormProps) {
  const { values, setField, bind, inline, summary, attempt, submit } = useRegisterForm({
    initialValues,
    fields: FORUM_FORM_FIELDS,
    thing: 'the forum',
    problemsIn: forumFormProblems,
    recordsPath: '/forums',
  });
  const placesQuery = useQuery(PlacesDocument);
  const [create, createState] = useMutation(CreateForumDocument);
  const [update, updateState] = useMutation(UpdateForumDocument);
  const currentPlaces: SelectOption[] = (placesQuery.data?.places ?? []).map((place) => ({ value: place.id, label: place.name }));
  const places =
    currentPlace && placesQuery.data && !currentPlaces.some((option) => option.value === currentPlace.id)
      ? [{ value: currentPlace.id, label: `${currentPlace.name} (archived)` }, ...currentPlaces]
      : currentPlaces;

  async function save() {
    const input = forumInputFrom(values);
    const options = { update: forgetRegisterLists };
    const savedId = id
      ? (await update({ variables: { id, input }, ...options })).data?.updateForum.id
      : (await create({ variables: { input }, ...options })).data?.createForum.id;
    if (!savedId) throw new Error('The forum was not saved');
    return savedId;
  }

  return (
    <FormLayout
      heading={heading}
      backTo={cancelTo}
      errors={summary}
      focusKey={attempt}
      submitText="Save forum"
      submitting={createState.loading || updateState.loading}
      onSubmit={() => submit(id ? 'update' : 'create', save)}
    >
      <NameInput {...bind('name')} />
      <SelectInput
        id="kind"
        label="Kind"
        emptyOptionLabel="Choose a kind"
        options={KIND_OPTIONS}
        value={values.kind}
        error={inline['kind']}
        onChange={(kind) => setField('kind')(kind as ForumKind | '')}
      />
      <SelectInput
        {...bind('placeId')}
        label="Place (optional)"
        hint={placesQuery.error ? 'The list of places could not be loaded. Reload the page to try again.' : 'The place a place board or programme board serves'}
        emptyOptionLabel="None: the forum serves the whole system"
        options={places}
      />
      <ExternalIdInput {...bind('externalId')} />
    </FormLayout>
  );
}
