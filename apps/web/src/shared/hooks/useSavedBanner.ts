import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Set as router state by a form after a save, to show a success banner once on the page it goes to. */
export interface SavedState {
  saved: 'create' | 'update';
  /** Say something other than "<Noun> added" / "Changes saved", e.g. "Seat added". */
  heading?: string;
  message?: string;
}

/**
 * Reads the "just saved" flag once and then removes it from the history entry, so reloading
 * the page or coming back to it later does not announce the save again.
 */
export function useSavedBanner(): SavedState | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [saved] = useState(() => {
    const state = location.state as Partial<SavedState> | null;
    return state?.saved ? (state as SavedState) : undefined;
  });
  useEffect(() => {
    if ((location.state as Partial<SavedState> | null)?.saved) {
      navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }
  }, [location, navigate]);
  return saved;
}
