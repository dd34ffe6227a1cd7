import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { forgetRegisterLists } from '../utils/register-cache';

type IdVariables = { id: string };

/**
 * Archive and restore for one register row. The mutation's answer updates the row wherever it is
 * shown; the lists, pickers and change history are fetched again, since the row leaves or joins them.
 */
export function useArchiveActions<ArchiveData, RestoreData>(
  archiveDocument: TypedDocumentNode<ArchiveData, IdVariables>,
  restoreDocument: TypedDocumentNode<RestoreData, IdVariables>,
  id: string,
) {
  const [archive] = useMutation(archiveDocument);
  const [restore] = useMutation(restoreDocument);
  return {
    onArchive: () => archive({ variables: { id }, update: (cache) => forgetRegisterLists(cache) }),
    onRestore: () => restore({ variables: { id }, update: (cache) => forgetRegisterLists(cache) }),
  };
}
