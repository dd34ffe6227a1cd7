import { externalIdProblem, isForumKind, nameProblem } from '@stewardship/domain';
import type { ForumFieldsFragment, ForumInput, ForumKind } from '../../../generated/graphql';
import { optionalText } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';

export interface ForumFormValues {
  name: string;
  kind: ForumKind | '';
  placeId: string;
  externalId: string;
}

/** The form's fields in page order; also the ForumInput field names the API reports errors on. */
export const FORUM_FORM_FIELDS = ['name', 'kind', 'placeId', 'externalId'] as const;

export const EMPTY_FORUM_FORM: ForumFormValues = { name: '', kind: '', placeId: '', externalId: '' };

export function forumFormFrom(forum: ForumFieldsFragment): ForumFormValues {
  return { name: forum.name, kind: forum.kind, placeId: forum.place?.id ?? '', externalId: forum.externalId ?? '' };
}

/** The same checks the API makes. In page order. */
export function forumFormProblems(values: ForumFormValues): FieldError[] {
  const problems: FieldError[] = [];
  const name = nameProblem(values.name, 'forum');
  if (name) problems.push({ field: 'name', message: name });
  if (!isForumKind(values.kind)) problems.push({ field: 'kind', message: 'Select the kind of forum' });
  const externalId = externalIdProblem(values.externalId);
  if (externalId) problems.push({ field: 'externalId', message: externalId });
  return problems;
}

export function forumInputFrom(values: ForumFormValues): ForumInput {
  if (!isForumKind(values.kind)) throw new Error('forumInputFrom needs a kind; check forumFormProblems first');
  return {
    name: values.name.trim(),
    kind: values.kind,
    placeId: values.placeId === '' ? null : values.placeId,
    externalId: optionalText(values.externalId),
  };
}
