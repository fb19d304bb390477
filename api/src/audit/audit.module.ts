import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditService } from './audit.service.js';

/** The audit trail shared by every domain that changes data, and the `auditEvents` query that reads it. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, AuditEventRepository, AuditLogService, AuditLogResolver],
  exports: [AuditService],
})
export class AuditModule {}
