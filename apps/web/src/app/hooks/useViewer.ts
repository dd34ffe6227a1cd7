import { createContext, useContext } from 'react';
import { useQuery } from '@apollo/client/react';
import { ViewerDocument, type ViewerFieldsFragment } from '../../generated/graphql';

export type SignedInViewer = ViewerFieldsFragment;

/** The viewer query; `viewer` is null when nobody is signed in (the API answers null, not an error). */
export function useViewerQuery() {
  return useQuery(ViewerDocument);
}

export const SignedInViewerContext = createContext<SignedInViewer | null>(null);

/** The signed-in viewer, for pages behind the sign-in gate. */
export function useSignedInViewer(): SignedInViewer {
  const viewer = useContext(SignedInViewerContext);
  if (!viewer) throw new Error('useSignedInViewer is only for pages inside the sign-in gate');
  return viewer;
}
