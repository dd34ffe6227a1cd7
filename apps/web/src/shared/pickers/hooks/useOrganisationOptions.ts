import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { OrganisationOptionsDocument } from '../../../generated/graphql';
import type { SelectOption } from '../../components/SelectInput';

/**
 * Partners as select options (current ones for pickers; archived too for naming them in a change
 * history) and their names by id. The API pages at most 200 at a time; `incomplete` says when a
 * system has more, so a picker can say so.
 */
export function useOrganisationOptions(includeArchived: boolean) {
  const { data, loading, error } = useQuery(OrganisationOptionsDocument, { variables: { includeArchived } });
  const options: SelectOption[] = useMemo(
    () => (data?.organisations.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.name })),
    [data],
  );
  const names = useMemo(() => new Map(options.map((option) => [option.value, option.label])), [options]);
  return { options, names, loading: loading && !data, error: error && !data, incomplete: data ? data.organisations.totalCount > data.organisations.edges.length : false };
}
