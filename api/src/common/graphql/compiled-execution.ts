import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** What the execution reports: each operation run compiled (a hit) or by graphql-js (a miss). */
export interface ExecutionCounts {
  cacheHit(cacheName: string): void;
  cacheMiss(cacheName: string): void;
}

/** The name under which `/metrics` counts compiled executions. */
export const COMPILED_OPERATIONS = 'compiled-operation';

/** A document is compiled the second time it is executed: one sent once is not worth compiling. */
const RUNS_BEFORE_COMPILING = 1;

/** What is known of one operation of one parsed document. */
interface Plan {
  runs: number;
  /** The compiled operation; null when graphql-jit could not compile it (graphql-js runs it). */
  compiled?: CompiledQuery | null;
}

/**
 * Executes queries and mutations over HTTP with operations compiled by graphql-jit (issue 11): a
 * compiled operation coerces its variables and builds its answer with code generated for that one
 * document, about five times faster than graphql-js walking the document on every request (the
 * 30-line price and the quote list spent most of their GraphQL time there).
 *
 * Apollo still parses, validates, applies the operation limits and every plugin, and formats the
 * errors; only the execution step is replaced, through Apollo's executor interface for gateways.
 * The resolvers are the schema's own, so guards, pipes and field resolvers are unchanged.
 *
 * Keyed by the parsed document, which Apollo keeps per query text in its document store (bounded),
 * so the compiled code lives as long as that. A document is compiled only when it is executed again:
 * a flood of distinct documents costs no compilation. Whatever the compiled code refuses (variables
 * that do not coerce) runs again through graphql-js, so a client reads graphql-js's own messages;
 * an operation graphql-jit cannot compile always runs through graphql-js.
 */
export class CompiledExecution {
  private readonly plans = new WeakMap<DocumentNode, Map<string, Plan>>();

  constructor(private readonly counts: ExecutionCounts) {}

  /** Apollo's gateway interface: `schema` served as it is, executed by {@link execute}. */
  gateway(schema: GraphQLSchema): GatewayInterface {
    const executor: GatewayExecutor = (request) => this.execute(schema, request);
    return {
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => undefined;
      },
      load: () => Promise.resolve({ executor }),
      stop: () => Promise.resolve(),
    };
  }

  async execute(schema: GraphQLSchema, request: GatewayGraphQLRequestContext): Promise<ExecutionResult> {
    const { document, operationName, context } = request;
    const variables = request.request.variables ?? {};
    const compiled = this.compiledFor(schema, document, operationName);
    if (compiled) {
      const result = await compiled.query(undefined, context, variables);
      // No `data` at all: the variables were refused before anything ran.
      if ('data' in result) {
        this.counts.cacheHit(COMPILED_OPERATIONS);
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
      }
    }
    this.counts.cacheMiss(COMPILED_OPERATIONS);
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues: variables,
      operationName,
    });
  }

  /** The compiled operation once the document has run before; null while it has not, or cannot be. */
  private compiledFor(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
  ): CompiledQuery | null {
    let byOperation = this.plans.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.plans.set(document, byOperation);
    }
    const key = operationName ?? '';
    const plan = byOperation.get(key) ?? { runs: 0 };
    byOperation.set(key, plan);
    if (plan.compiled !== undefined) return plan.compiled;
    plan.runs += 1;
    if (plan.runs <= RUNS_BEFORE_COMPILING) return null;
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    plan.compiled = isCompiledQuery(compiled) ? compiled : null;
    return plan.compiled;
  }
}

/**
 * graphql-jit's error as graphql-js makes it: jit leaves `extensions` undefined when the thrown
 * error has none (a driver's error, an unexpected bug), and Apollo reads `extensions.code` of
 * every error — it would answer a bare "Internal server error", unlogged, instead of our mapping.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const { message, path, originalError, extensions, locations } = error;
  const own = new GraphQLError(message, { path, originalError, extensions });
  // graphql-js works its locations out of AST nodes; jit hands them over as they are.
  (own as { locations?: GraphQLError['locations'] }).locations = locations;
  return own;
}
