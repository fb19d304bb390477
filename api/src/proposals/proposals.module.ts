import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { UsersModule } from '../users/users.module.js';
import { ProposalCatalogueReader } from './proposal-catalogue.reader.js';
import { ProposalEntity } from './proposal.entity.js';
import { ProposalFieldsResolver } from './proposal-fields.resolver.js';
import { ProposalLoaderFactory } from './proposal.loader.js';
import { ProposalReadService } from './proposal-read.service.js';
import { ProposalRepository } from './proposal.repository.js';
import { ProposalResolver } from './proposal.resolver.js';
import { ProposalVoteEntity } from './proposal-vote.entity.js';
import { ProposalVoteService } from './proposal-vote.service.js';
import { ProposalWriteService } from './proposal-write.service.js';

/**
 * Customer proposals: customer agencies propose new or changed services to the centre that serves
 * them and vote on them (one vote per agency); the centre responds with a status and a text.
 * ProposalWriteService is exported for the demo seed.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProposalEntity, ProposalVoteEntity]),
    AgenciesModule,
    AuditModule,
    CatalogueModule,
    UsersModule,
  ],
  providers: [
    ProposalRepository,
    ProposalLoaderFactory,
    ProposalCatalogueReader,
    ProposalReadService,
    ProposalWriteService,
    ProposalVoteService,
    ProposalResolver,
    ProposalFieldsResolver,
  ],
  exports: [ProposalWriteService, ProposalVoteService],
})
export class ProposalsModule {}
