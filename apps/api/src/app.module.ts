import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraphQLFormattedError } from 'graphql';
import { LoggerModule } from 'nestjs-pino';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BoardPacksModule } from './board-packs/board-packs.module';
import { ClaimsModule } from './claims/claims.module';
import { APP_CONFIG, AppConfig } from './common/app-config';
import { isDatabaseUnavailable } from './common/database-unavailable';
import { GraphQLErrorsFilter } from './common/graphql-errors.filter';
import { disabledCacheControl, graphqlNoStore } from './common/graphql-caching';
import type { GqlContext } from './common/request-context';
import { dataSourceOptions } from './database/data-source';
import { scopeConnections } from './database/tenancy';
import { DecisionsModule } from './decisions/decisions.module';
import { DemoModule } from './demo/demo.module';
import { ForumsModule } from './forums/forums.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { NetworkModule } from './network/network.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { PlacesModule } from './places/places.module';
import { PowerModule } from './power/power.module';
import { ReviewModule } from './review/review.module';
import { ScoresModule } from './scores/scores.module';
import { SecurityEventsModule } from './security-events/security-events.module';
import { SurveysModule } from './surveys/surveys.module';
import { SystemsModule } from './systems/systems.module';

const logger = new Logger('GraphQL');

const MAX_TOKENS = 2000;

/** Limits that keep one request from costing the server too much: depth, aliases, tokens and a cost budget. */
const armor = new ApolloArmor({
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  costLimit: { maxCost: 5000 },
  // Armor's token limit fails inside a plugin, which Apollo answers with 500; GraphQL's own parser limit is a syntax error (400).
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
}).protect();

/**
 * Our own errors carry a code; the database being away or every connection busy is SERVICE_UNAVAILABLE (try again);
 * anything else is a bug whose details must not reach the client.
 */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if ((code === 'INTERNAL_SERVER_ERROR' || code === undefined) && isDatabaseUnavailable(error)) {
    logger.warn(`Database unavailable: ${(error as Error)?.message}`);
    return { message: 'The service is busy or briefly unavailable. Please try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger.error(error);
    return { message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Session cookies and credentials never reach the logs; GraphQL bodies (with passwords) are not logged at all.
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/healthz' },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.databaseUrl),
          // Every connection carries the role and system of the code that takes it (row-level security).
          dataSourceFactory: async (options) => {
            const dataSource = new DataSource(options as DataSourceOptions);
            scopeConnections(dataSource);
            return dataSource.initialize();
          },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          useFactory: () => ({
            autoSchemaFile: config.schemaFile ?? true,
            sortSchema: true,
            playground: false,
            introspection: !config.production,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            // Cache hints are never given, so the cache control plugin, which wraps every field's resolver, is off (graphqlNoStore).
            plugins: [...armor.plugins, disabledCacheControl, graphqlNoStore],
            parseOptions: { maxTokens: MAX_TOKENS },
            validationRules: armor.validationRules,
            allowBatchedHttpRequests: false,
            // The session guard also runs on field resolvers, so a field can carry its own @Roles.
            fieldResolverEnhancers: ['guards'],
            formatError,
            context: ({ req, res }: Pick<GqlContext, 'req' | 'res'>): GqlContext => ({ req, res, loaders: new Map() }),
          }),
        }),
        AuditModule,
        AuthModule,
        PlacesModule,
        OrganisationsModule,
        ForumsModule,
        DecisionsModule,
        PowerModule,
        ClaimsModule,
        NetworkModule,
        ReviewModule,
        BoardPacksModule,
        PeopleModule,
        ImportsModule,
        SurveysModule,
        ScoresModule,
        SecurityEventsModule,
        SystemsModule,
        HealthModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: GraphQLErrorsFilter },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
