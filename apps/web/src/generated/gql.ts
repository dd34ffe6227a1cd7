/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": typeof types.SignOutDocument,
    "fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}": typeof types.OrganisationFieldsFragmentDoc,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}": typeof types.OrganisationDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.OrganisationsDocument,
    "query Places {\n  places {\n    id\n    name\n  }\n}": typeof types.PlacesDocument,
    "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}": typeof types.CreateOrganisationDocument,
};
const documents: Documents = {
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": types.SignOutDocument,
    "fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": types.ViewerFieldsFragmentDoc,
    "fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}": types.OrganisationFieldsFragmentDoc,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}": types.OrganisationDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.OrganisationsDocument,
    "query Places {\n  places {\n    id\n    name\n  }\n}": types.PlacesDocument,
    "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}": types.CreateOrganisationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut {\n  signOut\n}"): (typeof documents)["mutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Places {\n  places {\n    id\n    name\n  }\n}"): (typeof documents)["query Places {\n  places {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;