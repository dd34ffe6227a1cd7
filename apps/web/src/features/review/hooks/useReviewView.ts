import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { reviewViewFromSearchParams, searchParamsFromReviewView, type ReviewView } from '../utils/review-params';

/** The review's month and place from the address; a place lead's place is always their own. */
export function useReviewView() {
  const viewer = useSignedInViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const placeLead = viewer.role === 'PLACE_LEAD' && viewer.place ? viewer.place : null;
  const view = useMemo(() => {
    const chosen = reviewViewFromSearchParams(searchParams);
    return placeLead ? { ...chosen, placeId: placeLead.id } : chosen;
  }, [searchParams, placeLead]);
  const setView = useCallback((next: ReviewView) => setSearchParams(searchParamsFromReviewView(placeLead ? { ...next, placeId: placeLead.id } : next)), [setSearchParams, placeLead]);
  return { viewer, view, setView, placeLead };
}
