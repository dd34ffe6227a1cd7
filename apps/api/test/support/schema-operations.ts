import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLScalarType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** One query or mutation of the committed schema, so suites built on it cover operations added later by themselves. */
export interface SchemaOperation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** A scalar or enum somewhere in an operation's arguments: `path` is its place in them (`input.placeIds.0` reads `['input', 'placeIds']`). */
export interface ArgumentLeaf {
  operation: SchemaOperation;
  type: GraphQLScalarType | GraphQLEnumType;
  path: string[];
  /** The name of the argument or input field it fills. */
  name: string;
  nullable: boolean;
}

/** How to build a value (or a fast-check arbitrary) for each shape an argument can take. */
export interface ArgumentBuilder<T> {
  leaf(leaf: ArgumentLeaf): T;
  object(fields: Record<string, T>, nullable: boolean): T;
  /** `itemType` is what the list holds, for builders that fill a list by its items' type (one item per enum value). */
  list(item: T, nullable: boolean, itemType: GraphQLInputType): T;
  /** Whether to fill a nullable argument or input field at all; its value is left out when not. */
  includeNullable?(leaf: { name: string; type: GraphQLNamedType; path: string[] }): boolean;
}

export function loadSchemaOperations(): SchemaOperation[] {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
  const fieldsOf = (kind: SchemaOperation['kind']) => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field }));
  };
  return [...fieldsOf('query'), ...fieldsOf('mutation')];
}

/** The arguments of an operation, built by `builder`, keyed by argument name. */
export function buildArguments<T>(operation: SchemaOperation, builder: ArgumentBuilder<T>): Record<string, T> {
  const build = (type: GraphQLInputType, name: string, path: string[]): T | undefined => {
    const nullable = !isNonNullType(type);
    const inner = getNullableType(type);
    if (nullable && builder.includeNullable && !builder.includeNullable({ name, type: getNamedType(inner), path })) return undefined;
    if (isListType(inner)) {
      const item = build(inner.ofType, name, path);
      return item === undefined ? undefined : builder.list(item, nullable, inner.ofType);
    }
    if (isInputObjectType(inner)) {
      const fields = buildFields(Object.values(inner.getFields()), path);
      return nullable && !Object.keys(fields).length ? undefined : builder.object(fields, nullable);
    }
    return builder.leaf({ operation, type: inner as GraphQLScalarType | GraphQLEnumType, path, name, nullable });
  };
  const buildFields = (fields: readonly { name: string; type: GraphQLInputType }[], path: string[]) => {
    const built: Record<string, T> = {};
    for (const field of fields) {
      const value = build(field.type, field.name, [...path, field.name]);
      if (value !== undefined) built[field.name] = value;
    }
    return built;
  };
  return buildFields(operation.field.args, []);
}

/**
 * The document for an operation with every argument passed as a variable: it selects the scalar fields of what it
 * returns and, one level down, each object's `id` (or its scalar fields when it has none).
 */
export function operationDocument(operation: SchemaOperation, argumentNames: string[]): string {
  const args = operation.field.args.filter((a) => argumentNames.includes(a.name));
  const declarations = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const call = `${operation.name}${passed ? `(${passed})` : ''}${selection(getNamedType(operation.field.type), 2)}`;
  return `${operation.kind}${declarations ? `(${declarations})` : ''} { ${call} }`;
}

function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type) || !isObjectType(type)) return '';
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
  if (depth === 1 && leaves.some((f) => f.name === 'id')) return ' { id }';
  const objects = depth > 1 ? fields.filter((f) => isObjectType(getNamedType(f.type))) : [];
  const parts = [...leaves.map((f) => f.name), ...objects.map((f) => `${f.name}${selection(getNamedType(f.type), depth - 1)}`)];
  return ` { ${parts.length ? parts.join(' ') : '__typename'} }`;
}

/** The enum's first value: a valid choice for builders that are not testing the enum itself. */
export const firstEnumValue = (type: GraphQLNamedType): string | undefined => (isEnumType(type) ? type.getValues()[0]?.value : undefined);

/** ID arguments named for the part their row plays rather than its kind. */
const ID_ROLES: Record<string, string> = { proposerId: 'Organisation', reopensId: 'Decision', madeById: 'Organisation', partnerIds: 'Organisation' };

/**
 * The kind of row an ID argument names, by naming convention: `placeId`/`placeIds` a place, `id` the row the operation
 * is about (`archiveForum` a forum, `surveyRound` a survey round), `entityId` the row its sibling `entityType` names.
 */
export function idEntity(leaf: ArgumentLeaf): string {
  if (leaf.name in ID_ROLES) return ID_ROLES[leaf.name];
  if (leaf.name === 'id') return leaf.operation.name.replace(/^[a-z]+(?=[A-Z])/, '').replace(/^./, (c) => c.toUpperCase());
  const sibling = leaf.operation.field.args.find((a) => a.name === leaf.name.replace(/Id$/, 'Type'));
  const siblingEnum = sibling && firstEnumValue(getNamedType(sibling.type));
  if (siblingEnum) return siblingEnum.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase());
  return leaf.name.replace(/Ids?$/, '').replace(/^./, (c) => c.toUpperCase());
}
