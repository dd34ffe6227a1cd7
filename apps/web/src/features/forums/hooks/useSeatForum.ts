import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { ForumSeatsDocument } from '../../../generated/graphql';
import type { SavedState } from '../../../shared/hooks/useSavedBanner';
import { forgetRegisterLists } from '../../../shared/utils/register-cache';

/**
 * What the seat pages share: the forum with every seat (fetched fresh: someone may have changed
 * them since), and what to do after a seat is saved: forget the forum's cached seats and the
 * lists, then go back to the forum with a message.
 */
export function useSeatForum(forumId: string) {
  const navigate = useNavigate();
  const query = useQuery(ForumSeatsDocument, { variables: { id: forumId, includeEnded: true }, fetchPolicy: 'network-only' });
  const forumPath = `/forums/${encodeURIComponent(forumId)}`;

  function forgetSeats(cache: ApolloCache) {
    cache.evict({ id: cache.identify({ __typename: 'Forum', id: forumId }), fieldName: 'seats' });
    forgetRegisterLists(cache);
  }

  function backToForum(heading: string, message: string) {
    const state: SavedState = { saved: 'update', heading, message };
    navigate(forumPath, { state });
  }

  return { query, forumPath, forgetSeats, backToForum };
}
