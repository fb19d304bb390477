import { Injectable } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { CompiledExecution } from './compiled-execution.js';

/** Apollo's settings, and the execution that runs the operations Apollo has checked. */
export interface CompiledApolloDriverConfig extends ApolloDriverConfig {
  execution: CompiledExecution;
}

/**
 * Nest's Apollo driver, with Apollo executing through {@link CompiledExecution} over the schema
 * Nest built (sorted, plain field resolvers applied): known operations run as compiled code.
 * WebSocket subscriptions are served from the same schema by graphql-ws, unchanged.
 */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override async registerServer(options: CompiledApolloDriverConfig): Promise<void> {
    const { execution, ...apollo } = options;
    if (!apollo.schema) throw new Error('The GraphQL schema must be built before Apollo starts.');
    // Nest hands these options to `new ApolloServer()` as they are; its type leaves `gateway` out.
    const withExecutor = { ...apollo, gateway: execution.gateway(apollo.schema) };
    await super.registerServer(withExecutor as ApolloDriverConfig);
  }
}
