import { canEditRegister } from '@stewardship/domain';
import type { ReactNode } from 'react';
import type { ForumSeatsQuery, SeatFieldsFragment } from '../../../generated/graphql';
import { NoPermission } from '../../../shared/components/NoPermission';
import { NotFound } from '../../../shared/components/NotFound';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { useSeatForum } from '../hooks/useSeatForum';

export type SeatForum = NonNullable<ForumSeatsQuery['forum']>;

interface SeatForumGateProps {
  forumId: string;
  /** The seat a page changes or ends; absent when adding one. */
  seatId?: string;
  title: string;
  children: (forum: SeatForum, seat: SeatFieldsFragment | null, actions: ReturnType<typeof useSeatForum>) => ReactNode;
}

/** The seat pages' permission check and loading, problem and not-found states, then the page itself. */
export function SeatForumGate(props: SeatForumGateProps) {
  const viewer = useSignedInViewer();
  if (!canEditRegister(viewer.role)) return <NoPermission action="change seats" listPath="/forums" listName="forums register" />;
  return <LoadedSeatForum {...props} />;
}

function LoadedSeatForum({ forumId, seatId, title, children }: SeatForumGateProps) {
  const actions = useSeatForum(forumId);
  const { data, loading, error, refetch } = actions.query;
  if (loading && !data) return <PageLoading title={title}>Loading forum…</PageLoading>;
  if (error || !data) {
    return (
      <PageProblem title={title} onRetry={() => void refetch()}>
        This forum could not be loaded. Try again.
      </PageProblem>
    );
  }
  if (!data.forum) return <NotFound noun="Forum" listPath="/forums" listName="forums register" />;
  const seat = seatId ? (data.forum.seats.find((s) => s.id === seatId) ?? null) : null;
  if (seatId && !seat) return <NotFound noun="Seat" listPath={actions.forumPath} listName="forum" />;
  return <>{children(data.forum, seat, actions)}</>;
}
