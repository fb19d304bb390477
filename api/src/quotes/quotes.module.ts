import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ClockModule } from '../common/clock/clock.module.js';
import { PricingModule } from '../pricing/pricing.module.js';
import { UsersModule } from '../users/users.module.js';
import { QuoteAcceptance } from './quote-acceptance.js';
import { QuoteCommentEntity } from './quote-comment.entity.js';
import { QuoteCommentService } from './quote-comment.service.js';
import { QuoteEvents } from './quote-events.js';
import { QuoteEntity } from './quote.entity.js';
import { QuoteFieldsResolver } from './quote-fields.resolver.js';
import { QuoteLifecycleService } from './quote-lifecycle.service.js';
import { QuoteLoaderFactory } from './quote.loader.js';
import { QuoteReadService } from './quote-read.service.js';
import { QuoteRepository } from './quote.repository.js';
import { QuoteResolver } from './quote.resolver.js';
import { QuoteReviseService } from './quote-revise.service.js';
import { QuoteSaveService } from './quote-save.service.js';
import { QuoteSubscriptionResolver } from './quote-subscription.resolver.js';
import { QuoteSubscriptionService } from './quote-subscription.service.js';
import { QuoteWriter } from './quote-writer.js';
import { OpenQuotesService } from './open-quotes.service.js';

/**
 * Quotes: saving priced configurations of an agency, their life cycle (submit, withdraw, decide,
 * revise), their comment threads, reading them and following them live (subscriptions).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([QuoteEntity, QuoteCommentEntity]),
    AgenciesModule,
    AuditModule,
    AuthModule,
    ClockModule,
    PricingModule,
    UsersModule,
  ],
  providers: [
    QuoteRepository,
    QuoteAcceptance,
    QuoteLoaderFactory,
    QuoteWriter,
    QuoteReadService,
    QuoteSaveService,
    QuoteReviseService,
    QuoteLifecycleService,
    QuoteCommentService,
    QuoteEvents,
    QuoteSubscriptionService,
    QuoteResolver,
    QuoteFieldsResolver,
    QuoteSubscriptionResolver,
    OpenQuotesService,
  ],
  exports: [OpenQuotesService, QuoteAcceptance, QuoteReviseService, QuoteReadService],
})
export class QuotesModule {}
