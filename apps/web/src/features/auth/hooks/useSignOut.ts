import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutDocument } from '../../../generated/graphql';
import { hasErrorCode } from '../../../shared/utils/graphql-errors';
import { SIGN_IN_PATH } from '../utils/return-to';
import { forgetSessionData, writeViewer } from '../utils/session-cache';

/**
 * Signs out on the server, then shows the sign-in page and forgets everything this browser
 * cached for the user. If the server could not be reached the user stays signed in and is told.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOutMutation, { loading }] = useMutation(SignOutDocument);
  const [failed, setFailed] = useState(false);

  async function signOut() {
    setFailed(false);
    try {
      await signOutMutation();
    } catch (error) {
      // A session that has already expired is as good as signed out.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        setFailed(true);
        return;
      }
    }
    writeViewer(client.cache, null);
    navigate(SIGN_IN_PATH, { replace: true });
    forgetSessionData(client.cache);
  }

  return { signOut, signingOut: loading, failed };
}
