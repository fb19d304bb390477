import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { PricingModule } from '../pricing/pricing.module.js';
import { QuotesModule } from '../quotes/quotes.module.js';
import { AgreementAcceptService } from './agreement-accept.service.js';
import { AgreementEvents } from './agreement-events.js';
import { AgreementFieldsResolver, QuoteAgreementResolver } from './agreement-fields.resolver.js';
import { AgreementLoaderFactory } from './agreement.loader.js';
import { AgreementReadService } from './agreement-read.service.js';
import { AgreementRecordService } from './agreement-record.service.js';
import { AgreementRepository } from './agreement.repository.js';
import { AgreementResolver } from './agreement.resolver.js';
import { AgreementSubscriptionResolver } from './agreement-subscription.resolver.js';
import { AgreementReviseService } from './agreement-revise.service.js';
import { AgreementRenewalsService } from './agreement-renewals.service.js';
import { AgreementTermsReader } from './agreement-terms.reader.js';
import { AgreementWriter } from './agreement-writer.js';
import { AgreementEntity } from './entities/agreement.entity.js';
import { AgreementChangeEntity } from './entities/agreement-change.entity.js';
import { AgreementServiceResultEntity, AgreementVolumeEntity } from './entities/agreement-measure.entity.js';
import { AgreementTermEntity } from './entities/agreement-term.entity.js';

/**
 * Agreements: what an accepted quote becomes, its amendments and renewals, the centre's reported
 * volumes and service results, and monthly usage computed from them.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AgreementEntity,
      AgreementTermEntity,
      AgreementChangeEntity,
      AgreementVolumeEntity,
      AgreementServiceResultEntity,
    ]),
    AgenciesModule,
    AuditModule,
    AuthModule,
    CatalogueModule,
    PricingModule,
    QuotesModule,
  ],
  providers: [
    AgreementRepository,
    AgreementLoaderFactory,
    AgreementEvents,
    AgreementWriter,
    AgreementTermsReader,
    AgreementAcceptService,
    AgreementReviseService,
    AgreementRecordService,
    AgreementReadService,
    AgreementResolver,
    AgreementFieldsResolver,
    QuoteAgreementResolver,
    AgreementSubscriptionResolver,
    AgreementRenewalsService,
  ],
  exports: [AgreementRenewalsService],
})
export class AgreementsModule {}
