import type { ApolloCache, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { forgetRegisterLists } from '../utils/register-cache';

export interface RegisterMutations<Input, CreateData, UpdateData, Saved extends { id: string }> {
  create: TypedDocumentNode<CreateData, { input: Input }>;
  update: TypedDocumentNode<UpdateData, { id: string; input: Input }>;
  /** The saved record in each mutation's answer. */
  created: (data: CreateData) => Saved;
  updated: (data: UpdateData) => Saved;
  /** Also write the saved record where its page reads it, so that page needs no fetch. */
  remember?: (cache: ApolloCache, saved: Saved) => void;
}

/**
 * Saves a register record: creates it without an `id`, updates it with one, and resolves to the record as saved.
 * Any cached register list may now be wrong (a new name sorts elsewhere, a kind no longer matches a filter), so
 * the lists are dropped and refetched when next shown.
 */
export function useRegisterSave<Input, CreateData, UpdateData, Saved extends { id: string }>(
  id: string | undefined,
  mutations: RegisterMutations<Input, CreateData, UpdateData, Saved>,
) {
  const [create, createState] = useMutation(mutations.create);
  const [update, updateState] = useMutation(mutations.update);

  function afterSave(cache: ApolloCache, saved: Saved | undefined) {
    forgetRegisterLists(cache);
    if (saved && mutations.remember) mutations.remember(cache, saved);
  }

  async function save(input: Input): Promise<Saved> {
    if (id === undefined) {
      const { data } = await create({
        variables: { input },
        update: (cache, result) => afterSave(cache, result.data ? mutations.created(result.data as CreateData) : undefined),
      });
      if (!data) throw new Error('The record was not saved');
      return mutations.created(data as CreateData);
    }
    const { data } = await update({
      variables: { id, input },
      update: (cache, result) => afterSave(cache, result.data ? mutations.updated(result.data as UpdateData) : undefined),
    });
    if (!data) throw new Error('The record was not saved');
    return mutations.updated(data as UpdateData);
  }

  return { save, saving: createState.loading || updateState.loading };
}
