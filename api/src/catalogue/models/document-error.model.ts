import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('DocumentError', { description: 'One problem in a catalogue document.' })
export class DocumentErrorModel {
  @Field({
    description:
      'Where in the document, e.g. "services[3].priceComponents[0].tiers[1].upTo" ("" = the whole document).',
  })
  path!: string;

  @Field({
    description:
      "What is wrong, as a stable machine code (e.g. REQUIRED_FIELD, TIER_ORDER, UNKNOWN_REFERENCE) for wording it in the reader's language. New codes may be added; a client that does not know a code shows `message`.",
  })
  code!: string;

  @Field(() => GraphQLJSON, {
    description:
      'The particulars of the problem as a flat object of strings and numbers, e.g. { "field": "upTo" } or { "item": "DRIVER", "code": "PAYSLIP", "suggestion": "PAYSLIPS" }: field names, codes, numbers, and the document\'s own values as JSON text (`value`, `key`). `expected`, `actual` and `item` hold words such as DECIMAL_TEXT, NUMBER or SERVICE_LEVEL.',
  })
  params!: Record<string, string | number>;

  @Field({ description: 'What is wrong, as an English sentence made from `code` and `params`.' })
  message!: string;
}
