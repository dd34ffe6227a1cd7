import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { buildSchema, Kind, parse, validate, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The API's request limits (apps/api/src/app.module.ts, ApolloArmor): a deeper or costlier page is refused with 400. */
const API_MAX_DEPTH = 8;
const API_MAX_COST = 5000;

const schema = buildSchema(readFileSync(join(__dirname, '../../../../api/schema.gql'), 'utf8'));

/** The limit's complaint, or null: armor's rules throw rather than report. */
function refusal(document: DocumentNode, rule: ValidationRule): string | null {
  try {
    return validate(schema, document, [rule])[0]?.message ?? null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Specs that every operation in a folder's .graphql files stays within the API's depth and cost limits, each with the
 * fragments of the same files. Call it from a spec beside the documents (`describe(…, () => expectOperationsWithinLimits(__dirname))`).
 */
export function expectOperationsWithinLimits(folder: string): void {
  const source = readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .join('\n');
  const definitions = parse(source).definitions;
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  it.each(operations.map((operation) => [operation.name?.value ?? '', operation] as const))('%s stays within the API’s depth and cost limits', (_name, operation) => {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
    expect(refusal(document, maxDepthRule({ n: API_MAX_DEPTH }))).toBeNull();
    expect(refusal(document, costLimitRule({ maxCost: API_MAX_COST }))).toBeNull();
  });
}
