import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AgencyAdminService } from './agency-admin.service.js';
import { AgencyEntity } from './agency.entity.js';
import { AgencyResolver } from './agency.resolver.js';
import { AgencyService } from './agency.service.js';

/** Customer agencies: the API (list, read, create, update) and AgencyService for other domains. */
@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity]), AuditModule],
  providers: [AgencyService, AgencyAdminService, AgencyResolver],
  exports: [AgencyService],
})
export class AgenciesModule {}
