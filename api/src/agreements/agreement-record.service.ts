import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, codePointLength } from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../common/clock/clock.js';
import { TransactionService } from '../common/database/transaction.service.js';
import {
  batchSizeProblem,
  monthProblem,
  resultProblems,
  volumeProblems,
  type ServiceResultEntry,
  type VolumeEntry,
} from './agreement-entries.js';
import { AgreementErrors, type EntryProblem } from './agreement.errors.js';
import { AgreementPolicy } from './agreement.policy.js';
import { AgreementRepository } from './agreement.repository.js';
import { termOfMonth } from './agreement.rules.js';
import { AgreementTermsReader } from './agreement-terms.reader.js';
import { AgreementWriter } from './agreement-writer.js';
import type { AgreementEntity } from './entities/agreement.entity.js';
import { AgreementServiceResultEntity, AgreementVolumeEntity } from './entities/agreement-measure.entity.js';
import type { AgreementTermEntity } from './entities/agreement-term.entity.js';

/** What every recorded row carries besides its own values. */
type Measurement = Pick<AgreementVolumeEntity, 'agreementId' | 'recordedBy' | 'recordedAt'>;

/** How one kind of measurement is checked, turned into rows and stored. */
interface MeasurementBatch<E, R extends Measurement> {
  /** The audit action. */
  action: string;
  problems: (entry: E, term: AgreementTermEntity, index: number) => Promise<EntryProblem[]>;
  /** The row of an entry, without the fields every row carries. */
  row: (entry: E) => R;
  save: (manager: EntityManager, rows: R[]) => Promise<void>;
}

/** DESIGN: a termination reason is a comment (≤ 2,000 code points). */
const REASON_MAX_LENGTH = 2000;

/**
 * The centre's writes to an agreement: terminating it, and recording reported volumes and service
 * results. Every batch is version-checked (`expectedVersion` = Agreement.version, bumped by the
 * write): a stale value is CONFLICT and writes nothing; an entry for an existing (month, driver) or
 * (month, target) replaces it. Every bad entry is listed, and then nothing is written.
 */
@Injectable()
export class AgreementRecordService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: AgreementRepository,
    private readonly writer: AgreementWriter,
    private readonly terms: AgreementTermsReader,
    private readonly clock: Clock,
  ) {}

  async terminate(
    actor: Actor | null,
    id: string,
    expectedVersion: number,
    endDate: string,
    reason: string,
  ): Promise<AgreementEntity> {
    const manager = AgreementPolicy.requireRole(actor, 'MANAGE');
    const agreement = await this.visible(manager, id, expectedVersion);
    if (agreement.terminatedAt) throw AgreementErrors.terminated();
    const text = reason.trim();
    if (!text || codePointLength(text) > REASON_MAX_LENGTH)
      throw AgreementErrors.badText(`Give the reason in 1 to ${REASON_MAX_LENGTH} characters.`, 'reason');
    const earliest = [this.clock.today(), addDays(agreement.startDate, -1)].sort()[1];
    if (endDate < earliest || endDate > agreement.endDate)
      throw AgreementErrors.badDate(
        `The last day must lie between ${earliest} and ${agreement.endDate}.`,
        'endDate',
      );
    return this.transactions.run(async (tx) => {
      const after = await this.writer.change(tx, {
        actor: manager,
        before: agreement,
        expectedVersion,
        changes: { endDate, terminatedAt: new Date(), terminationReason: text, updatedAt: new Date() },
        action: 'TERMINATE',
      });
      // Terms end with the agreement; one that would only have started later never applies.
      for (const term of await this.repository.termsOf(id, tx)) {
        if (term.startDate > endDate) await this.repository.deleteTerm(tx, term.id);
        else if (term.endDate > endDate) await this.repository.setTermEnd(tx, term.id, endDate);
      }
      return after;
    });
  }

  recordVolumes(
    actor: Actor | null,
    agreementId: string,
    expectedVersion: number,
    entries: readonly VolumeEntry[],
  ): Promise<AgreementEntity> {
    return this.record(actor, agreementId, expectedVersion, entries, {
      action: 'RECORD_VOLUMES',
      problems: async (entry, term, index) =>
        volumeProblems(entry, await this.terms.catalogueOf(term), index),
      row: (entry) =>
        Object.assign(new AgreementVolumeEntity(), {
          month: entry.month,
          driverCode: entry.driverCode,
          quantity: entry.quantity,
        }),
      save: (tx, rows) => this.repository.upsertVolumes(tx, rows),
    });
  }

  recordServiceResults(
    actor: Actor | null,
    agreementId: string,
    expectedVersion: number,
    entries: readonly ServiceResultEntry[],
  ): Promise<AgreementEntity> {
    return this.record(actor, agreementId, expectedVersion, entries, {
      action: 'RECORD_SERVICE_RESULTS',
      problems: async (entry, term, index) => resultProblems(entry, await this.terms.targetsOf(term), index),
      row: (entry) =>
        Object.assign(new AgreementServiceResultEntity(), {
          month: entry.month,
          metric: entry.metric,
          serviceKey: entry.serviceCode ?? '',
          value: entry.value,
        }),
      save: (tx, rows) => this.repository.upsertServiceResults(tx, rows),
    });
  }

  /**
   * One version-checked batch of measurements (volumes or service results): every bad entry listed
   * and nothing written, else the agreement's version bumped, its audit event and the rows upserted
   * in one transaction.
   */
  private async record<E extends { month: string }, R extends Measurement>(
    actor: Actor | null,
    agreementId: string,
    expectedVersion: number,
    entries: readonly E[],
    batch: MeasurementBatch<E, R>,
  ): Promise<AgreementEntity> {
    const manager = AgreementPolicy.requireRole(actor, 'MANAGE');
    const agreement = await this.visible(manager, agreementId, expectedVersion, 'agreementId');
    const terms = await this.repository.termsOf(agreement.id);
    const problems = await this.check(agreement, terms, entries, batch.problems);
    if (problems.length > 0) {
      await this.refuseIfMoved(agreement);
      throw AgreementErrors.badEntries(problems);
    }
    const now = new Date();
    const rows = entries.map((entry) =>
      Object.assign(batch.row(entry), { agreementId, recordedBy: manager.userId, recordedAt: now }),
    );
    return this.transactions.run(async (tx) => {
      const after = await this.writer.change(tx, {
        actor: manager,
        before: agreement,
        expectedVersion,
        changes: { updatedAt: now },
        action: batch.action,
        details: { entries: rows.length, months: monthsOf(entries) },
      });
      await batch.save(tx, rows);
      return after;
    });
  }

  /** The agreement if the actor sees it and `expectedVersion` is current (checked again in the UPDATE). */
  private async visible(
    actor: Actor,
    id: string,
    expectedVersion: number,
    field = 'id',
  ): Promise<AgreementEntity> {
    const agreement = AgreementPolicy.requireVisible(actor, await this.repository.findById(id), field);
    if (agreement.version !== expectedVersion) throw AgreementErrors.staleVersion();
    return agreement;
  }

  /**
   * The agreement and its terms are read one statement after the other, outside any transaction: a
   * change committed in between (a termination, an amendment) leaves the batch a torn picture to
   * fail against. Then that change is the cause, and the answer is CONFLICT, not the entries' problems.
   */
  private async refuseIfMoved(agreement: AgreementEntity): Promise<void> {
    const now = await this.repository.findById(agreement.id);
    if (now && now.version !== agreement.version) throw AgreementErrors.staleVersion();
  }

  /** Every problem of a batch: its size, each entry's month, duplicates, and the entry against its month's term. */
  private async check<E extends { month: string }>(
    agreement: AgreementEntity,
    terms: readonly AgreementTermEntity[],
    entries: readonly E[],
    entryProblems: (entry: E, term: AgreementTermEntity, index: number) => Promise<EntryProblem[]>,
  ): Promise<EntryProblem[]> {
    const size = batchSizeProblem(entries.length);
    if (size) return [size];
    const problems: EntryProblem[] = [];
    const seen = new Set<string>();
    for (const [index, entry] of entries.entries()) {
      const bad = monthProblem(entry.month, agreement, `entries[${index}].month`);
      const term = bad ? null : termOfMonth(terms, agreement.startDate, entry.month);
      if (bad || !term) {
        problems.push(
          bad ?? {
            path: `entries[${index}].month`,
            code: 'OUTSIDE_AGREEMENT',
            message: `No term is in force in ${entry.month}.`,
          },
        );
        continue;
      }
      const key = JSON.stringify(
        entry,
        Object.keys(entry)
          .filter((k) => k !== 'quantity' && k !== 'value')
          .sort(),
      );
      if (seen.has(key)) {
        problems.push({
          path: `entries[${index}]`,
          code: 'DUPLICATE_ENTRY',
          message: `entries[${index}] repeats an earlier entry.`,
        });
        continue;
      }
      seen.add(key);
      problems.push(...(await entryProblems(entry, term, index)));
    }
    return problems;
  }
}

function monthsOf(entries: readonly { month: string }[]): string[] {
  return [...new Set(entries.map((entry) => entry.month))].sort();
}
