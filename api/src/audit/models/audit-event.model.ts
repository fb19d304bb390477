import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Connection } from '../../common/graphql/paging.js';

@ObjectType('AuditEvent', {
  description: 'One recorded change: who changed what and when, with the thing before and after.',
})
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: 'When the change was committed (UTC timestamp).' })
  at!: Date;

  @Field({ description: 'E-mail of who made the change ("cli@servicekatalog" for the operator tools).' })
  actorEmail!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the user who made the change; null for the operator tools.',
  })
  actorUserId!: string | null;

  @Field({
    description: 'The kind of thing changed: CatalogueVersion, Provider, Agency, Quote, QuoteComment, User…',
  })
  entity!: string;

  @Field({ description: 'Id of the thing changed (for catalogue edits: the id of the catalogue version).' })
  entityId!: string;

  @Field({ description: 'What happened, e.g. IMPORT, PUBLISH, UPDATE_SERVICE, SUBMIT, DEACTIVATE.' })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the centre the change concerns; null when none.',
  })
  providerCode!: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The changed thing before the change; null for a creation.',
  })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The changed thing after the change; null for a deletion.',
  })
  after!: unknown;

  @Field(() => String, {
    nullable: true,
    description:
      "The changed thing's readable name as the audit trail recorded it: a quote's reference (for a comment: its quote's), an agency's or centre's name, a user's e-mail, a catalogue version's number, a proposal's title; null when none is recorded.",
  })
  entityName!: string | null;
}

export const AuditEventConnection = Connection(AuditEventModel, 'AuditEvent');
