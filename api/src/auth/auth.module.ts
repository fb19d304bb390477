import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { ClockModule } from '../common/clock/clock.module.js';
import { UsersModule } from '../users/users.module.js';
import { SignInThrottle } from './sign-in/sign-in-throttle.js';
import { SocketSessions } from './socket-sessions.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { TokenService } from './token.service.js';

/**
 * Sign-in and the auth hook. The guard is global (APP_GUARD): every GraphQL operation gets
 * `req.actor`, and @RequireAccess works on any resolver without importing this module.
 */
@Module({
  imports: [UsersModule, AuditModule, ClockModule],
  providers: [
    AuthService,
    TokenService,
    AuthResolver,
    SignInThrottle,
    SocketSessions,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, TokenService, UsersModule, SocketSessions],
})
export class AuthModule {}
