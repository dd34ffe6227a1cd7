import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ForumOptionsDocument } from '../../../generated/graphql';
import type { SelectOption } from '../../components/SelectInput';

/**
 * Forums as select options, in the API's (name) order: current ones for pickers, archived ones too for filters.
 * With `placeId`, only the forums that serve that place (a place lead's own forums).
 */
export function useForumOptions({ includeArchived, placeId }: { includeArchived: boolean; placeId?: string }) {
  const { data, loading, error } = useQuery(ForumOptionsDocument, { variables: { includeArchived } });
  const options: SelectOption[] = useMemo(
    () =>
      (data?.forums ?? [])
        .filter((forum) => !placeId || forum.place?.id === placeId)
        .map((forum) => ({ value: forum.id, label: forum.archived ? `${forum.name} (archived)` : forum.name })),
    [data, placeId],
  );
  return { options, loaded: Boolean(data), loading: loading && !data, error: error && !data };
}
