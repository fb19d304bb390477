import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, ValidateBy, type ValidationArguments } from 'class-validator';
import { describeTextProblem, normalizeText, textProblem, type TextKind } from '@servicekatalog/shared';

/**
 * A free-text input field of `kind` under the shared text rules (DESIGN, "Limits at every entry
 * point", Text): the value is normalised as it will be stored (NFC, line breaks of multi-line text
 * as LF, surrounding white space removed) and then refused, as BAD_USER_INPUT on its input path,
 * when it holds a control, invisible or text-direction character or has more code points than
 * its kind allows. Whether an empty text is allowed stays the use case's rule; combine with
 * `@IsOptional()` for a field that may be left out.
 */
export function TextField(kind: TextKind): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normalizeText(value, kind) : value,
    ),
    IsString(),
    ValidateBy({
      name: `${kind}Text`,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || textProblem(value, kind) === null,
        defaultMessage: (args?: ValidationArguments) => textMessage(args, kind),
      },
    }),
  );
}

function textMessage(args: ValidationArguments | undefined, kind: TextKind): string {
  const value: unknown = args?.value;
  const problem = typeof value === 'string' ? textProblem(value, kind) : null;
  const property = args?.property ?? 'text';
  return problem ? `${property} ${describeTextProblem(problem)}.` : `${property} must be text.`;
}
