import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { CatalogueDocument, DocumentError } from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CatalogueExportService } from './import-export/catalogue-export.service.js';
import { CatalogueImportService } from './import-export/catalogue-import.service.js';
import { CataloguePublishService } from './drafts/catalogue-publish.service.js';
import { CatalogueReadService } from './published/catalogue-read.service.js';
import { CatalogueArgs, ExportCatalogueArgs, PublishCatalogueVersionArgs } from './dto/catalogue.args.js';
import { CatalogueVersionModel } from './models/catalogue-version.model.js';
import { DocumentErrorModel } from './models/document-error.model.js';

/** The catalogue's queries and mutations: read, export, validate, import, publish, discard. */
@Resolver(() => CatalogueVersionModel)
export class CatalogueResolver {
  constructor(
    private readonly read: CatalogueReadService,
    private readonly exporter: CatalogueExportService,
    private readonly importer: CatalogueImportService,
    private readonly publisher: CataloguePublishService,
  ) {}

  @Query(() => CatalogueVersionModel, {
    nullable: true,
    description:
      'A catalogue version of a provider: by number, or the one in force on `at`, by default the one in force today (UTC). Null when there is none — or when it is a draft you may not see.',
  })
  catalogue(
    @Args() args: CatalogueArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel | null> {
    return this.read.catalogue(actor, args);
  }

  @Query(() => GraphQLJSON, {
    description:
      'A catalogue version as a catalogue document (the import format, every default written out). Default: the version in force today.',
  })
  exportCatalogue(
    @Args() args: ExportCatalogueArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueDocument> {
    return this.exporter.exportCatalogue(actor, args);
  }

  @Query(() => [DocumentErrorModel], {
    description:
      'Checks a catalogue document and lists every error with its path; empty means valid. Writes nothing.',
  })
  validateCatalogue(
    @Args('document', { type: () => GraphQLJSON, description: 'The catalogue document.' }) document: unknown,
  ): DocumentError[] {
    return this.importer.validate(document);
  }

  @Mutation(() => CatalogueVersionModel, {
    description:
      'Imports a catalogue document as a new DRAFT version (numbered after the latest). A provider may have one draft: CONFLICT unless replaceDraft. A document with errors is refused whole (BAD_USER_INPUT, every error in extensions.errors).',
  })
  importCatalogue(
    @Args('document', { type: () => GraphQLJSON, description: 'The catalogue document.' }) document: unknown,
    @Args('replaceDraft', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: "Replace the provider's existing draft.",
    })
    replaceDraft: boolean | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.importer.importDocument(actor, document, replaceDraft === true);
  }

  @Mutation(() => CatalogueVersionModel, {
    description:
      'Publishes a draft: it becomes an immutable snapshot, in force from validFrom. Publishing a published version is CONFLICT.',
  })
  publishCatalogueVersion(
    @Args() args: PublishCatalogueVersionArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<CatalogueVersionModel> {
    return this.publisher.publish(actor, args.id, {
      validFrom: args.validFrom,
      expectedVersion: args.expectedVersion,
    });
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a draft with everything in it. A published version cannot be discarded (CONFLICT).',
  })
  discardDraft(
    @Args('id', { type: () => ID, description: 'Id of the draft version.' }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<boolean> {
    return this.publisher.discard(actor, id);
  }
}
