import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsEmail, IsString, Length, ValidateNested } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../errors/domain-error.js';
import { InputValidationPipe } from './input-validation.pipe.js';

class VolumeInput {
  @IsString()
  driverCode!: string;

  @Length(1, 5, { message: 'quantity is too long.' })
  quantity!: string;
}

class SampleInput {
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  email!: string;

  @ValidateNested({ each: true })
  @Type(() => VolumeInput)
  volumes!: VolumeInput[];
}

const pipe = new InputValidationPipe();

async function failure(value: unknown, data?: string): Promise<BadUserInputError> {
  const error = await pipe
    .transform(value, { type: 'body', metatype: SampleInput, data })
    .catch((e: unknown) => e);
  if (!(error instanceof BadUserInputError))
    throw new Error(`expected a BadUserInputError, got ${String(error)}`);
  return error;
}

describe('InputValidationPipe', () => {
  it('names the field by its path from the argument', async () => {
    const error = await failure({ email: 'nope', volumes: [] }, 'input');
    expect(error.message).toBe('Enter a valid e-mail address.');
    expect(error.extensions).toEqual({
      field: 'input.email',
      errors: [{ path: 'input.email', message: 'Enter a valid e-mail address.' }],
    });
  });

  it('writes list positions in brackets and lists every problem', async () => {
    const error = await failure(
      {
        email: 'a@example.test',
        volumes: [
          { driverCode: 'X', quantity: '1' },
          { driverCode: 3, quantity: '123456' },
        ],
      },
      'input',
    );
    expect(error.extensions.field).toBe('input.volumes[1].driverCode');
    expect(error.extensions.errors).toEqual([
      { path: 'input.volumes[1].driverCode', message: 'driverCode must be a string' },
      { path: 'input.volumes[1].quantity', message: 'quantity is too long.' },
    ]);
    expect(error.message).toBe('driverCode must be a string (and 1 more)');
  });

  it('uses the bare field name for flat arguments (@Args() classes have no argument name)', async () => {
    const error = await failure({ email: 'nope', volumes: [] });
    expect(error.extensions.field).toBe('email');
  });

  it('passes valid input through as an instance of the class', async () => {
    const value = await pipe.transform(
      { email: 'a@example.test', volumes: [] },
      { type: 'body', metatype: SampleInput, data: 'input' },
    );
    expect(value).toBeInstanceOf(SampleInput);
  });
});
