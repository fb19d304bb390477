import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogueContentsRepository } from './catalogue-contents.repository.js';
import { CatalogueContentsResolvers } from './catalogue-contents.resolvers.js';
import { CatalogueContentsService } from './catalogue-contents.service.js';
import { CatalogueDraftAccess } from './catalogue-draft.access.js';
import { CatalogueExportService } from './catalogue-export.service.js';
import { CatalogueImportService } from './catalogue-import.service.js';
import { CatalogueLoaderFactory } from './catalogue.loader.js';
import { CataloguePublishService } from './catalogue-publish.service.js';
import { CatalogueReadService } from './catalogue-read.service.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { CatalogueResolver } from './catalogue.resolver.js';
import { CatalogueVersionResolver } from './catalogue-version.resolver.js';
import { CATALOGUE_ENTITIES } from './entities/index.js';
import { LOCALIZED_TEXT_RESOLVERS } from './localized-text.resolvers.js';
import { ProviderResolver } from './provider.resolver.js';

/**
 * Providers and their catalogue versions: import, validate, publish, discard, read and export.
 * Other domains (pricing, quotes, seeding) use the exported services, never the repositories.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOGUE_ENTITIES), AuditModule],
  providers: [
    CatalogueRepository,
    CatalogueContentsRepository,
    CatalogueLoaderFactory,
    CatalogueReadService,
    CatalogueContentsService,
    CatalogueDraftAccess,
    CatalogueExportService,
    CataloguePublishService,
    CatalogueImportService,
    CatalogueResolver,
    CatalogueVersionResolver,
    ProviderResolver,
    ...CatalogueContentsResolvers,
    ...LOCALIZED_TEXT_RESOLVERS,
  ],
  exports: [CatalogueReadService, CatalogueExportService, CatalogueImportService, CataloguePublishService, CatalogueDraftAccess],
})
export class CatalogueModule {}
