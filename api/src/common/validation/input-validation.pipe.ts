import { ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { BadUserInputError } from '../errors/domain-error.js';
import { refuseNulCharacters } from './nul-characters.js';

/** One failed rule of an input, at its path from the argument ("input.volumes[0].quantity"). */
export interface InputProblem {
  path: string;
  message: string;
}

/** Carries class-validator's errors from the exception factory to {@link InputValidationPipe.transform}. */
class InputValidationFailed extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('Input validation failed');
  }
}

/** Input types another authority checks in full (see {@link checkedElsewhere}). */
const CHECKED_ELSEWHERE = new WeakSet<Type<unknown>>();

/**
 * Marks an input type without class-validator rules whose every field another authority checks
 * (the pricing engine checks a configuration and lists every problem at once): the pipe passes it
 * on as GraphQL coerced it — after the NUL check — instead of copying it into class instances
 * and looking for rules it does not have, as it already does for a list of them.
 */
export function checkedElsewhere(type: Type<unknown>): void {
  CHECKED_ELSEWHERE.add(type);
}

/**
 * Nest's ValidationPipe, but a failure becomes one BAD_USER_INPUT domain error whose
 * `extensions.field` is the full input path including the argument name (`input.email`,
 * `newPassword`) — the same form as GraphQL's own variable errors — with every problem listed in
 * `extensions.errors` as `{ path, message }`. A NUL character anywhere in an argument is refused
 * first (see {@link refuseNulCharacters}).
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors: ValidationError[]) => new InputValidationFailed(errors),
    });
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const { metatype } = metadata;
    return !(metatype && CHECKED_ELSEWHERE.has(metatype)) && super.toValidate(metadata);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (isGraphqlArgument(metadata)) refuseNulCharacters(value, metadata.data ?? '');
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof InputValidationFailed)) throw error;
      throw badUserInput(inputProblems(error.errors, metadata.data ?? ''));
    }
  }
}

// @nestjs/graphql hands a resolver's arguments to pipes as 'body' (its parent object and
// context are other types). Only arguments are input: a parent object is stored data, which
// stays readable whatever it holds.
function isGraphqlArgument(metadata: ArgumentMetadata): boolean {
  return metadata.type === 'body';
}

/** Flattens class-validator's error tree, depth first in property order. */
export function inputProblems(errors: readonly ValidationError[], parentPath = ''): InputProblem[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...inputProblems(error.children ?? [], path)];
  });
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

function badUserInput(problems: InputProblem[]): BadUserInputError {
  const [first] = problems;
  if (!first) return new BadUserInputError('The input is not valid.', '');
  const more = problems.length - 1;
  const message = more > 0 ? `${first.message} (and ${more} more)` : first.message;
  return new BadUserInputError(message, first.path, { errors: problems });
}
