import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';

/** A plugin as Nest's Apollo driver takes it (its own import of @apollo/server's types). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Every GraphQL answer is about a signed-in caller's system, so no browser or proxy may keep it. Apollo's cache
 * control plugin would say `no-store` too, but it wraps every field's resolver to gather cache hints nobody gives
 * (a fifth of the review's time at 1,000 partners), so it is disabled and this plugin says it instead.
 */
export const graphqlNoStore: ApolloPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'private, no-store');
      },
    };
  },
};

/**
 * Apollo's cache control plugin turned off. The same plugin under the type Nest's driver takes: ts-jest reads
 * @apollo/server's ESM typings here and its CommonJS ones through Nest, which TypeScript holds to be different types.
 */
export const disabledCacheControl = ApolloServerPluginCacheControlDisabled() as unknown as ApolloPlugin;
