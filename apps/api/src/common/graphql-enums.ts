import { registerEnumType } from '@nestjs/graphql';
import {
  FORUM_KINDS,
  FORUM_KIND_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
  ROLE_GROUPS,
  ROLE_GROUP_LABELS,
  ROLES,
  ROLE_LABELS,
  SECTORS,
  SECTOR_LABELS,
} from '@stewardship/domain';

/** GraphQL enums straight from the domain vocabulary, with its labels as descriptions, so there is one list. */
function graphqlEnum<T extends string>(values: readonly T[], name: string, labels: Record<T, string>) {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, {
    name,
    valuesMap: Object.fromEntries(values.map((v) => [v, { description: labels[v] }])) as never,
  });
  return enumObject;
}

export const OrganisationKindEnum = graphqlEnum(ORGANISATION_KINDS, 'OrganisationKind', ORGANISATION_KIND_LABELS);
export const SectorEnum = graphqlEnum(SECTORS, 'Sector', SECTOR_LABELS);
export const RoleEnum = graphqlEnum(ROLES, 'Role', ROLE_LABELS);
export const ForumKindEnum = graphqlEnum(FORUM_KINDS, 'ForumKind', FORUM_KIND_LABELS);
export const RoleGroupEnum = graphqlEnum(ROLE_GROUPS, 'RoleGroup', ROLE_GROUP_LABELS);
