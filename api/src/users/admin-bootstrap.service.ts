import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { UsersService } from './users.service.js';

/**
 * DESIGN, "Configuration": with ADMIN_EMAIL and ADMIN_PASSWORD set, the app creates that
 * administrator at start unless a user with that e-mail exists. Runs after the migrations
 * (createApp migrates before init) and is idempotent across restarts.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly transactions: TransactionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    try {
      const created = await this.transactions.run(async (manager) => {
        const existing = await this.users.findByEmail(admin.email, manager);
        if (existing) {
          if (existing.role !== 'ADMIN')
            this.logger.warn(`ADMIN_EMAIL ${existing.email} belongs to a user who is not an administrator.`);
          return false;
        }
        await this.users.createUser(manager, {
          email: admin.email,
          name: 'Administrator',
          password: admin.password,
          role: 'ADMIN',
        });
        return true;
      });
      if (created) this.logger.log(`Created the administrator ${admin.email}.`);
    } catch (error) {
      // Several instances starting at once against one PostgreSQL: another one created it first.
      if (!isEmailTaken(error)) throw error;
    }
  }
}

function isEmailTaken(error: unknown): boolean {
  return error instanceof BadUserInputError && error.extensions.field === 'email';
}
