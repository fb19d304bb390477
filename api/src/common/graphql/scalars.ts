import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { Decimal, decimalSizeProblem, describeDecimalProblem, isCalendarDate } from '@servicekatalog/shared';

/**
 * Exact decimals travel as strings ("1234.50"). A JSON number is refused: it would already have
 * passed through binary floating point in the client's JSON parser. Every Decimal input — volumes,
 * catalogue prices, fees, minimums, `upTo`, limits, target values, percentages, benchmark values —
 * is held to DESIGN's bounds here, on its text, before anything parses it: a text longer than a
 * decimal of 12 digits before the point and 6 after is refused unread (a 300,000-digit quantity
 * costs a length comparison), and so is one with more than 12 digits before the point. The
 * decimals of a text that fits (at most 6 as written) and the sign are each field's own rule, so
 * that it reports them in its own words (see decimalSizeProblem).
 */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'An exact decimal number as a string, e.g. "1234.50", with at most 12 digits before the point and 6 after as written (trailing zeros count). JSON numbers are refused.',
  serialize: (value) => {
    if (typeof value === 'string' || value instanceof Decimal) return value.toString();
    throw new GraphQLError('Decimal fields must be produced as strings or Decimal values.');
  },
  parseValue: (value) => parseDecimalText(value),
  parseLiteral: (ast) => literal(() => parseDecimalText(literalString(ast))),
});

/** A calendar date in UTC, "2027-01-01". */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date (UTC) as "YYYY-MM-DD".',
  serialize: (value) => {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date fields must be produced as YYYY-MM-DD strings.');
  },
  parseValue: (value) => parseDateText(value),
  parseLiteral: (ast) => literal(() => parseDateText(literalString(ast))),
});

/**
 * Runs a literal's parser so that a refusal is a plain Error: graphql-js then reports it as
 * `Expected value of type "Decimal!", found 5; must be …` with the literal's location, where a
 * GraphQLError would be passed on bare, without saying which value was wrong.
 */
function literal<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw error instanceof GraphQLError ? new TypeError(error.message) : error;
  }
}

function literalString(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

function parseDecimalText(value: unknown): string {
  const problem = decimalSizeProblem(value);
  if (problem) throw new GraphQLError(describeDecimalProblem(problem));
  return value as string;
}

function parseDateText(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError('must be a calendar date written as "YYYY-MM-DD"');
  }
  return value;
}

/** Today's calendar date in UTC (DESIGN: dates are calendar dates in UTC). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
