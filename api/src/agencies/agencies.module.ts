import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AgencyEntity } from './agency.entity.js';
import { AgencyService } from './agency.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity]), AuditModule],
  providers: [AgencyService],
  exports: [AgencyService],
})
export class AgenciesModule {}
