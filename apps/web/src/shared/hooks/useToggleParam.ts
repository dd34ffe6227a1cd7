import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A yes/no setting of a page kept in its URL as `?<name>=show`, so it survives reloads and can be shared. */
export function useToggleParam(name: string): [boolean, (on: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const on = searchParams.get(name) === 'show';
  const setOn = useCallback(
    (next: boolean) =>
      setSearchParams((params) => {
        const updated = new URLSearchParams(params);
        if (next) updated.set(name, 'show');
        else updated.delete(name);
        return updated;
      }),
    [name, setSearchParams],
  );
  return [on, setOn];
}
