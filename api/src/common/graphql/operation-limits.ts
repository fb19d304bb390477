import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { GraphQLLimits } from '../../config/config.js';
import { measureOperationCost } from './operation-cost.js';

export type LimitName = keyof GraphQLLimits;

/** What the limits depend on: the numbers, and whether the schema may be shown (introspection). */
export interface OperationLimitSettings {
  graphqlLimits: GraphQLLimits;
  introspection: boolean;
}

/** A document that passed every limit, ready to execute. */
export interface CheckedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** The operation a client sent, as graphql-ws and HTTP both carry it. */
export interface OperationRequest {
  query: string;
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
}

/** "Did you mean …" as graphql-js words it for fields, arguments, types and enum values. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * The operation limits of DESIGN "Limits at every entry point", defined once and applied to every
 * document: over HTTP through Apollo ({@link validationRules} and {@link apolloPlugin}) and over
 * graphql-ws, whose executor Apollo's plugins never reach ({@link check}). Every refusal happens
 * before execution, as GRAPHQL_VALIDATION_FAILED naming the limit ("aliases: 500 > 15").
 * Tokens are graphql-js's parser limit (graphql-armor's token plugin throws from Apollo's
 * `parsingDidStart`, which Apollo 5 answers with a 500); cost has per-field weights, which
 * graphql-armor's cost limit lacks (operation-cost.ts).
 */
export class OperationLimits {
  /** Aliases, depth and directives (graphql-armor), reported like graphql-js's own rules. */
  readonly validationRules: readonly ValidationRule[];

  /**
   * The cost of operations whose counts come from the document alone, by the parsed operation:
   * Apollo keeps parsed documents, so a known operation is not walked again on every request.
   */
  private readonly fixedCosts = new WeakMap<OperationDefinitionNode, number>();

  constructor(private readonly settings: OperationLimitSettings) {
    this.validationRules = armorRules(settings);
  }

  /**
   * graphql-js's own token limit: the parser stops at the first token over it, before a large
   * document is built. Its syntax error is reworded by {@link tokenLimitRefusal}.
   */
  get parseOptions(): { maxTokens: number } {
    return { maxTokens: this.settings.graphqlLimits.tokens };
  }

  costError(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: OperationRequest['variables'],
  ): GraphQLError | null {
    const max = this.settings.graphqlLimits.cost;
    let cost = this.fixedCosts.get(operation);
    if (cost === undefined) {
      const measured = measureOperationCost(schema, document, operation, {
        variables,
        introspection: this.settings.introspection,
      });
      cost = measured.cost;
      if (!measured.readsVariables) this.fixedCosts.set(operation, cost);
    }
    return cost > max ? limitExceeded('cost', cost, max) : null;
  }

  /** With introspection off, error messages must not reveal the schema through suggestions. */
  hideSuggestions<T extends { message: string }>(errors: readonly T[]): void {
    if (this.settings.introspection) return;
    for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
  }

  /**
   * Everything for a document that does not pass through Apollo (graphql-ws): parse within the
   * token limit, the standard and limit rules, the operation, then cost. Returns the errors to
   * send, or the document.
   */
  check(schema: GraphQLSchema, request: OperationRequest): GraphQLError[] | CheckedOperation {
    let document: DocumentNode;
    try {
      document = parse(request.query, this.parseOptions);
    } catch (error) {
      return [syntaxError(error)];
    }
    const errors = validate(schema, document, [...specifiedRules, ...this.validationRules]);
    this.hideSuggestions(errors);
    if (errors.length > 0) return errors.map(asValidationFailure);
    const operation = getOperationAST(document, request.operationName);
    if (!operation) {
      return [validationFailed('Name the operation to run: the document has none or several.')];
    }
    const cost = this.costError(schema, document, operation, request.variables);
    return cost ? [cost] : { document, operation };
  }

  /**
   * Apollo's side besides {@link validationRules} and {@link parseOptions}: cost once the operation
   * and its variables are known, and no suggestions.
   */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        // Thrown here, Apollo answers with this error alone (its HTTP status: 400).
        didResolveOperation: async ({ schema, document, operation, request }) => {
          const cost = operation ? this.costError(schema, document, operation, request.variables) : null;
          if (cost) throw cost;
        },
        didEncounterErrors: async ({ errors }) => this.hideSuggestions(errors),
      }),
    };
  }
}

/** GRAPHQL_VALIDATION_FAILED, HTTP 400 (the status is read by Apollo and never reaches the client). */
export function validationFailed(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

/**
 * The wording of DESIGN for graphql-js's "Document contains more that 2000 tokens" (sic) syntax error (a
 * GRAPHQL_PARSE_FAILED from Apollo or the socket); null for any other message.
 */
export function tokenLimitRefusal(message: string): string | null {
  const max = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\./.exec(message)?.[1];
  return max ? limitExceeded('tokens', `${Number(max) + 1}+`, Number(max)).message : null;
}

export function limitExceeded(name: LimitName, found: number | string, max: number): GraphQLError {
  return validationFailed(`Operation refused before execution: ${name}: ${found} > ${max}.`);
}

function armorRules({ graphqlLimits, introspection }: OperationLimitSettings): ValidationRule[] {
  const refuse = (name: LimitName) => ({
    n: graphqlLimits[name],
    propagateOnRejection: false,
    onReject: [reportLimit(name, graphqlLimits[name])],
  });
  const armor = new ApolloArmor({
    maxAliases: refuse('aliases'),
    // Depth counts fields, not the fragments a client groups them in.
    maxDepth: { ...refuse('depth'), ignoreIntrospection: introspection, flattenFragments: true },
    maxDirectives: refuse('directives'),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** graphql-armor words its refusal "… limit of 15 exceeded, found 500."; say it the DESIGN's way. */
function reportLimit(
  name: LimitName,
  max: number,
): (context: ValidationContext | null, error: GraphQLError) => void {
  return (context, error) => {
    const found = /found (\d+)/.exec(error.message)?.[1] ?? `more than ${max}`;
    context?.reportError(limitExceeded(name, found, max));
  };
}

function asValidationFailure(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

function syntaxError(error: unknown): GraphQLError {
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
}
