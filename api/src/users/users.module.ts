import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AdminBootstrap } from './admin-bootstrap.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { UserAdminResolver } from './user-admin.resolver.js';
import { UserAdminService } from './user-admin.service.js';
import { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';
import { UsersService } from './users.service.js';
import { UserSessions } from './user-sessions.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AgenciesModule, AuditModule],
  providers: [
    UserRepository,
    UsersService,
    UserAdminService,
    UserAdminResolver,
    PasswordHasher,
    AdminBootstrap,
    UserSessions,
  ],
  exports: [UsersService, PasswordHasher, UserSessions],
})
export class UsersModule {}
