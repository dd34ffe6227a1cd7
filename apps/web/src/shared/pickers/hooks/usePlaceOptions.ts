import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PlacesDocument } from '../../../generated/graphql';
import type { SelectOption } from '../../components/SelectInput';

/** Current places as select options, for pickers and filters; `skip` when the caller needs no places. */
export function usePlaceOptions({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(PlacesDocument, { skip });
  const options: SelectOption[] = useMemo(() => (data?.places ?? []).map((place) => ({ value: place.id, label: place.name })), [data]);
  return { options, loaded: Boolean(data), loading, error };
}
