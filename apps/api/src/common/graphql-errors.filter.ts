import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Our GraphQLErrors (bad input, not signed in, forbidden…) are answers, not failures: hand them to Apollo as they
 * are, without Nest logging each one as an unhandled exception with the request attached.
 */
@Catch(GraphQLError)
export class GraphQLErrorsFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
