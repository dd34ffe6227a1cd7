import { CreateForumDocument, UpdateForumDocument, type ForumKind } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { SelectInput } from '../../../shared/components/SelectInput';
import { withArchivedChoice } from '../../../shared/pickers/utils/archived-choice';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { useRegisterForm, type RegisterFormProps } from '../../../shared/hooks/useRegisterForm';
import { FORUM_KIND_OPTIONS } from '../../../shared/utils/domain-options';
import { FORUM_FORM_FIELDS, forumFormProblems, forumInputFrom, type ForumFormValues } from '../utils/forum-form';

interface ForumFormProps extends RegisterFormProps<ForumFormValues> {
  /** The place a forum being edited serves now, listed even if it has since been archived. */
  currentPlace?: { id: string; name: string } | null;
}

/** The one form for adding and editing a forum (its seats are added and changed from the forum's page). */
export function ForumForm({ id, heading, initialValues, currentPlace, cancelTo }: ForumFormProps) {
  const { values, setField, bind, inline, layout } = useRegisterForm({
    id,
    initialValues,
    fields: FORUM_FORM_FIELDS,
    thing: 'the forum',
    problemsIn: forumFormProblems,
    recordsPath: '/forums',
    toInput: forumInputFrom,
    mutations: { create: CreateForumDocument, update: UpdateForumDocument },
  });
  const placeOptions = usePlaceOptions();
  const places = withArchivedChoice(placeOptions.options, currentPlace, placeOptions.loaded);

  return (
    <FormLayout heading={heading} backTo={cancelTo} submitText="Save forum" {...layout}>
      <NameInput {...bind('name')} />
      <SelectInput
        id="kind"
        label="Kind"
        emptyOptionLabel="Choose a kind"
        options={FORUM_KIND_OPTIONS}
        value={values.kind}
        error={inline['kind']}
        onChange={(kind) => setField('kind')(kind as ForumKind | '')}
      />
      <SelectInput
        {...bind('placeId')}
        label="Place (optional)"
        hint={placeOptions.error ? 'The list of places could not be loaded. Reload the page to try again.' : 'The place a place board or programme board serves'}
        emptyOptionLabel="None: the forum serves the whole system"
        options={places}
      />
      <ExternalIdInput {...bind('externalId')} />
    </FormLayout>
  );
}
