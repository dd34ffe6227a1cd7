import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PlaceNamesDocument } from '../../../generated/graphql';

/** Every place's name by id, archived places included, for naming places in a change history. */
export function usePlaceNames(): ReadonlyMap<string, string> {
  const { data } = useQuery(PlaceNamesDocument);
  return useMemo(() => new Map((data?.places ?? []).map((place) => [place.id, place.name])), [data]);
}
