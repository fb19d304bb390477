import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('ConfigurationProblem', {
  description:
    'Why a stored configuration cannot be priced against a catalogue version (DESIGN pricing rule 5), e.g. a service the version no longer has.',
})
export class ConfigurationProblemModel {
  @Field({ description: 'The field of the configuration, e.g. "serviceCodes[1]" or "volumes[0].quantity".' })
  field!: string;

  @Field({
    description:
      "What is wrong, as a stable machine code for wording it in the reader's language: PROVIDER_MISMATCH, VERSION_MISMATCH, UNKNOWN_SERVICE_PACKAGE, UNKNOWN_SERVICE, UNKNOWN_SERVICE_LEVEL, UNKNOWN_DRIVER, DRIVER_GIVEN_TWICE, NOT_A_QUANTITY, NEGATIVE_QUANTITY, TOO_MANY_DECIMALS, NOT_WHOLE or CONTRACT_YEARS_RANGE. New codes may be added; a client that does not know a code shows `message`.",
  })
  code!: string;

  @Field(() => GraphQLJSON, {
    description:
      'The particulars as a flat object of strings and numbers, e.g. { "code": "PAY-RUN" } for UNKNOWN_SERVICE, { "driverCode": "HOURS", "quantity": "1.5" } for NOT_WHOLE, { "max": 6 } beside them for TOO_MANY_DECIMALS.',
  })
  params!: Record<string, string | number>;

  @Field({ description: 'What is wrong, as an English sentence.' })
  message!: string;
}
