import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { databaseOptions } from './database-options.js';
import { SqlStatementCounter } from './sql-statement-counter.js';
import { TransactionService } from './transaction.service.js';

const counter = new SqlStatementCounter();

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...databaseOptions(config.database, undefined, counter),
        autoLoadEntities: true,
      }),
    }),
  ],
  providers: [TransactionService, { provide: SqlStatementCounter, useValue: counter }],
  exports: [TransactionService, SqlStatementCounter],
})
export class DatabaseModule {}
