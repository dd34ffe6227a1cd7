import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  CreateOrganisationDocument,
  OrganisationDocument,
  UpdateOrganisationDocument,
  type OrganisationFieldsFragment,
  type OrganisationInput,
} from '../../../generated/graphql';
import { forgetRegisterLists } from '../../../shared/utils/register-cache';

export type SaveMode = { type: 'create' } | { type: 'update'; id: string };

/**
 * Saves a partner and returns it as saved. Any cached register list may now be wrong (the new
 * name sorts elsewhere, a kind no longer matches a filter), so the lists are dropped and refetched
 * when next shown; the partner page is answered from the mutation result.
 */
export function useSavePartner(mode: SaveMode) {
  const [create, createState] = useMutation(CreateOrganisationDocument);
  const [update, updateState] = useMutation(UpdateOrganisationDocument);

  async function save(input: OrganisationInput): Promise<OrganisationFieldsFragment> {
    if (mode.type === 'create') {
      const { data } = await create({
        variables: { input },
        update: (cache, result) => rememberSaved(cache, result.data?.createOrganisation),
      });
      if (!data) throw new Error('createOrganisation returned no data');
      return data.createOrganisation;
    }
    const { data } = await update({
      variables: { id: mode.id, input },
      update: (cache, result) => rememberSaved(cache, result.data?.updateOrganisation),
    });
    if (!data) throw new Error('updateOrganisation returned no data');
    return data.updateOrganisation;
  }

  return { save, saving: createState.loading || updateState.loading };
}

function rememberSaved(cache: ApolloCache, organisation: OrganisationFieldsFragment | undefined) {
  forgetRegisterLists(cache);
  if (organisation) {
    cache.writeQuery({ query: OrganisationDocument, variables: { id: organisation.id }, data: { organisation } });
  }
}
