import { Injectable } from '@nestjs/common';
import { addDays } from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../common/clock/clock.js';
import type { QuoteEntity } from '../quotes/quote.entity.js';
import { QuoteReviseService } from '../quotes/quote-revise.service.js';
import { AgreementErrors } from './agreement.errors.js';
import { AgreementPolicy } from './agreement.policy.js';
import { AgreementRepository } from './agreement.repository.js';
import { revisedConfiguration, termOn } from './agreement.rules.js';
import type { AgreementEntity } from './entities/agreement.entity.js';
import { AgreementChangeEntity } from './entities/agreement-change.entity.js';
import type { AgreementTermEntity } from './entities/agreement-term.entity.js';

/**
 * `reviseAgreement` (DESIGN "Amendments and renewals"): a DRAFT quote revision of the agreement's
 * reference, the agency's to edit and submit. A start on endDate + 1 is a renewal, priced as a new
 * contract of its own contractYears against the version in force then; any other start is an
 * amendment — after the current term's start, on or after today, on or before endDate — priced
 * with the amended contract's contractYears, its year k being the agreement's year k.
 */
@Injectable()
export class AgreementReviseService {
  constructor(
    private readonly repository: AgreementRepository,
    private readonly quotes: QuoteReviseService,
    private readonly clock: Clock,
  ) {}

  async revise(actor: Actor | null, id: string, startDate: string): Promise<QuoteEntity> {
    const reviser = AgreementPolicy.requireRole(actor, 'REVISE');
    const agreement = AgreementPolicy.requireVisible(reviser, await this.repository.findById(id));
    if (agreement.terminatedAt) throw AgreementErrors.terminated();
    const terms = await this.termsAsRead(agreement);
    const today = this.clock.today();
    if (startDate < today)
      throw AgreementErrors.badDate('An amendment or renewal cannot start in the past.', 'startDate');
    const renewal = startDate === addDays(agreement.endDate, 1);
    const base = renewal ? terms[terms.length - 1] : termOn(terms, startDate);
    if (!base || (!renewal && startDate <= base.startDate))
      throw AgreementErrors.badDate(
        `Amend from a day after the current term's start up to the end (${agreement.endDate}), or renew from ${addDays(agreement.endDate, 1)}.`,
        'startDate',
      );
    const configuration = revisedConfiguration(base, startDate);
    return this.quotes.reviseForAgreement(
      reviser,
      agreement.quoteReference,
      configuration,
      async (manager, quote) => {
        await this.repository.insertChange(
          manager,
          Object.assign(new AgreementChangeEntity(), {
            quoteId: quote.id,
            agreementId: agreement.id,
            kind: renewal ? 'RENEWAL' : 'AMENDMENT',
            contractStart: renewal ? startDate : base.contractStart,
          }),
        );
      },
    );
  }

  /**
   * The agreement's terms, as they belong to the agreement as read. The agreement and its terms are
   * read in two statements outside any transaction, so a change committed in between (a
   * termination, an accepted amendment or renewal) would leave the revision a torn picture: the
   * agreement as it was, its terms as they are, a draft built on the wrong term or a misleading
   * BAD_USER_INPUT. Every change of the terms bumps the agreement's version in the same
   * transaction, so the version is read again after the terms: unchanged, the two belong together;
   * moved, the answer is CONFLICT STALE_VERSION (reload and revise again), as for the centre's
   * version-checked writes. (One transaction would not do by itself: on PostgreSQL, read committed
   * gives each statement of it its own snapshot too.) A change committed after these reads is the
   * acceptance's to catch: it checks the revision against the agreement as it is then.
   */
  private async termsAsRead(agreement: AgreementEntity): Promise<AgreementTermEntity[]> {
    const terms = await this.repository.termsOf(agreement.id);
    const now = await this.repository.findById(agreement.id);
    if (now?.version !== agreement.version) throw AgreementErrors.staleVersion();
    return terms;
  }
}
