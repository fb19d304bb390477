import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogueContentsRepository } from './catalogue-contents.repository.js';
import { CatalogueContentsService } from './published/catalogue-contents.service.js';
import { CatalogueDiffResolver } from './diff/catalogue-diff.resolver.js';
import { CatalogueDiffService } from './diff/catalogue-diff.service.js';
import { CatalogueDraftAccess } from './drafts/catalogue-draft.access.js';
import { CatalogueDraftCreateService } from './drafts/catalogue-draft-create.service.js';
import { CatalogueDraftEditService } from './drafts/catalogue-draft-edit.service.js';
import { CatalogueDraftItemsService } from './drafts/catalogue-draft-items.service.js';
import { CatalogueExportService } from './import-export/catalogue-export.service.js';
import { CatalogueImportService } from './import-export/catalogue-import.service.js';
import { CatalogueLoaderFactory } from './published/catalogue.loader.js';
import { CataloguePublishService } from './drafts/catalogue-publish.service.js';
import { CatalogueReadService } from './published/catalogue-read.service.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { CatalogueResolver } from './catalogue.resolver.js';
import { CatalogueVersionResolver } from './published/catalogue-version.resolver.js';
import { DraftEditResolver } from './drafts/draft-edit.resolver.js';
import { CATALOGUE_ENTITIES } from './entities/index.js';
import { LOCALIZED_TEXT_RESOLVERS } from './localized-text.resolvers.js';
import { ProviderResolver } from './published/provider.resolver.js';
import { CatalogueChanges } from './published/catalogue-changes.js';
import { PublishedCatalogues } from './published/published-catalogues.js';
import { ResponseCache, ResponseCacheStats } from './response-cache/response-cache.js';
import { ResponseCacheFastPath } from './response-cache/response-cache.fast-path.js';
import { ResponseCachePlugin } from './response-cache/response-cache.plugin.js';
import { ClockModule } from '../common/clock/clock.module.js';

/**
 * Providers and their catalogue versions: import, validate, publish, discard, read and export;
 * drafts started from the latest version and edited item by item; diffs between versions.
 * Other domains (pricing, quotes, seeding) use the exported services, never the repositories.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOGUE_ENTITIES), AuditModule, ClockModule],
  providers: [
    CatalogueRepository,
    CatalogueContentsRepository,
    CatalogueLoaderFactory,
    PublishedCatalogues,
    CatalogueChanges,
    CatalogueReadService,
    CatalogueContentsService,
    ResponseCache,
    ResponseCacheStats,
    ResponseCachePlugin,
    ResponseCacheFastPath,
    CatalogueDraftAccess,
    CatalogueExportService,
    CataloguePublishService,
    CatalogueImportService,
    CatalogueDraftCreateService,
    CatalogueDraftEditService,
    CatalogueDraftItemsService,
    CatalogueDiffService,
    CatalogueResolver,
    DraftEditResolver,
    CatalogueDiffResolver,
    CatalogueVersionResolver,
    ProviderResolver,
    ...LOCALIZED_TEXT_RESOLVERS,
  ],
  exports: [
    ClockModule,
    ResponseCacheStats,
    PublishedCatalogues,
    CatalogueChanges,
    CatalogueReadService,
    CatalogueContentsService,
    CatalogueExportService,
    CatalogueImportService,
    CataloguePublishService,
    CatalogueDraftAccess,
  ],
})
export class CatalogueModule {}
