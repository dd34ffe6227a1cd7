import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { dateTimeProblem, isoDateTimeProblem, textHygieneProblem } from '@stewardship/domain';
import { GraphQLInputType, GraphQLResolveInfo, getNullableType, isInputObjectType, isListType, isScalarType, valueFromASTUntyped } from 'graphql';
import type { Observable } from 'rxjs';
import { FieldErrors } from './errors';
import { canonicalId } from './ids';
import type { GqlContext } from './request-context';

/**
 * Every argument of every query and mutation passes through here before its resolver, so no service has to remember:
 * ids are put in their one spelling (ids.ts), and text that PostgreSQL cannot store (a NUL, a lone surrogate) is a
 * field error naming the field, not a failed write, and so is a date and time that does not exist (the DateTime
 * scalar reads 2026-02-30 as 2 March, so the text as sent is checked). Fields inside an input are named by their path in it
 * (`name`, `practiceScores.0.comment`), as the services name them; a scalar argument by its own name (`token`).
 */
@Injectable()
export class CanonicalInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();
      const args: Record<string, unknown> = gql.getArgs();
      const sent = argumentsAsSent(info, gql.getContext<GqlContext>().req?.body?.variables);
      const errors = new FieldErrors();
      for (const definition of info.parentType.getFields()[info.fieldName]?.args ?? []) {
        if (args[definition.name] === undefined) continue;
        const nested = isInputObjectType(getNullableType(definition.type));
        args[definition.name] = canonical(definition.type, args[definition.name], sent[definition.name], nested ? [] : [definition.name], errors);
      }
      errors.throwIfAny();
    }
    return next.handle();
  }
}

/** The arguments as the client wrote them (literals and JSON variables), before any scalar parsed them. */
function argumentsAsSent(info: GraphQLResolveInfo, variables: unknown): Record<string, unknown> {
  const rawVariables = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {};
  return Object.fromEntries((info.fieldNodes[0]?.arguments ?? []).map((node) => [node.name.value, valueFromASTUntyped(node.value, rawVariables)]));
}

const member = (sent: unknown, key: string | number): unknown => (sent && typeof sent === 'object' ? (sent as Record<string, unknown>)[key] : undefined);

function canonical(type: GraphQLInputType, value: unknown, sent: unknown, path: string[], errors: FieldErrors): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    return value.map((item, index) => canonical(nullable.ofType, item, Array.isArray(sent) ? sent[index] : sent, [...path, String(index)], errors));
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    const object = value as Record<string, unknown>;
    for (const [name, field] of Object.entries(fields)) {
      if (object[name] !== undefined) object[name] = canonical(field.type, object[name], member(sent, name), [...path, name], errors);
    }
    return object;
  }
  if (isScalarType(nullable) && nullable.name === 'DateTime' && value instanceof Date) {
    const field = path.join('.');
    errors.add(field, typeof sent === 'string' ? isoDateTimeProblem(sent, `"${field}"`) : dateTimeProblem(value, `"${field}"`));
    return value;
  }
  if (isScalarType(nullable) && (nullable.name === 'String' || nullable.name === 'ID') && typeof value === 'string') {
    const field = path.join('.');
    errors.add(field, textHygieneProblem(value, `"${field}"`));
    return nullable.name === 'ID' ? canonicalId(value) : value;
  }
  return value;
}
