import { ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import type { ValidationError, ValidatorOptions } from 'class-validator';
import { LRUCache } from 'lru-cache';
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

/**
 * Inputs found valid, by class and JSON text, whose check is not repeated: the rules are pure
 * functions of the value, and the same small arguments come again and again (a list's `first: 20`
 * on every visit). Larger values are checked every time, which also bounds the memory.
 */
const VALID_INPUTS_MAX_CHARACTERS = 1_000_000;
const VALID_INPUT_MAX_LENGTH = 1_024;

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
  private readonly valid = new LRUCache<string, true>({
    maxSize: VALID_INPUTS_MAX_CHARACTERS,
    sizeCalculation: (_value, key) => key.length,
  });
  private readonly classIds = new WeakMap<Type<unknown>, number>();
  private classCount = 0;

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

  /** class-validator's check, skipped for a value of the same class found valid before. */
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const key = this.validInputKey(object);
    if (key !== null && this.valid.has(key)) return [];
    const errors = await super.validate(object, options);
    if (key !== null && errors.length === 0) this.valid.set(key, true);
    return errors;
  }

  /**
   * The memo key of an input instance: its class and its JSON text. Only for an instance of its
   * class (not the pipe's own `{ constructor }` probes) whose JSON is short; GraphQL has coerced
   * every field to one JS type, so equal text means an equal value to the rules.
   */
  private validInputKey(object: object): string | null {
    const type = (object as { constructor?: Type<unknown> }).constructor;
    if (!type || type === Object || Object.getPrototypeOf(object) !== type.prototype) return null;
    let text: string;
    try {
      text = JSON.stringify(object);
    } catch {
      return null;
    }
    if (text.length > VALID_INPUT_MAX_LENGTH) return null;
    let id = this.classIds.get(type);
    if (id === undefined) {
      id = this.classCount++;
      this.classIds.set(type, id);
    }
    return `${id} ${text}`;
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
