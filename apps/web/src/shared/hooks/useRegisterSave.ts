import type { ApolloCache, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { forgetRegisterLists } from '../utils/register-cache';

/** A register mutation's answer: one root field (createPlace, updatePlace, …) holding the record as saved. */
export type SaveAnswer = Record<string, { id: string }>;
type SavedIn<Answer extends SaveAnswer> = Answer[keyof Answer];

export interface RegisterMutations<Input, Created extends SaveAnswer, Updated extends SaveAnswer> {
  create: TypedDocumentNode<Created, { input: Input }>;
  update: TypedDocumentNode<Updated, { id: string; input: Input }>;
  /** Also write the saved record where its page reads it, so that page needs no fetch. */
  remember?: (cache: ApolloCache, saved: SavedIn<Created> | SavedIn<Updated>) => void;
}

function savedIn<Answer extends SaveAnswer>(answer: Answer): SavedIn<Answer> {
  const [, saved] = Object.entries(answer).find(([field]) => field !== '__typename') ?? [];
  if (!saved) throw new Error('The record was not saved');
  return saved as SavedIn<Answer>;
}

/**
 * Saves a register record: creates it without an `id`, updates it with one, and resolves to the record as saved.
 * Any cached register list may now be wrong (a new name sorts elsewhere, a kind no longer matches a filter), so
 * the lists are dropped and refetched when next shown.
 */
export function useRegisterSave<Input, Created extends SaveAnswer, Updated extends SaveAnswer>(
  id: string | undefined,
  mutations: RegisterMutations<Input, Created, Updated>,
) {
  const [create, createState] = useMutation(mutations.create);
  const [update, updateState] = useMutation(mutations.update);

  function afterSave(cache: ApolloCache, answer: SaveAnswer | null | undefined) {
    forgetRegisterLists(cache);
    if (answer && mutations.remember) mutations.remember(cache, savedIn(answer as Created));
  }

  async function save(input: Input): Promise<SavedIn<Created> | SavedIn<Updated>> {
    const { data } =
      id === undefined
        ? await create({ variables: { input }, update: (cache, result) => afterSave(cache, result.data as Created | undefined) })
        : await update({ variables: { id, input }, update: (cache, result) => afterSave(cache, result.data as Updated | undefined) });
    if (!data) throw new Error('The record was not saved');
    return savedIn(data as SaveAnswer) as SavedIn<Created> | SavedIn<Updated>;
  }

  return { save, saving: createState.loading || updateState.loading };
}
