import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { AgencyDriversReader } from './agency-drivers.reader.js';
import { AgencyAdminService } from './agency-admin.service.js';
import { AgencyEntity } from './agency.entity.js';
import { AgencyResolver } from './agency.resolver.js';
import { AgencyRepository } from './agency.repository.js';
import { AgencyService } from './agency.service.js';

/** Customer agencies: the API (list, read, create, update) and AgencyService for other domains. */
@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity]), AuditModule, CatalogueModule],
  providers: [AgencyDriversReader, AgencyRepository, AgencyService, AgencyAdminService, AgencyResolver],
  exports: [AgencyService],
})
export class AgenciesModule {}
