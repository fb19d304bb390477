import { Injectable } from '@nestjs/common';
import { addDays, type ConfigurationInput } from '@servicekatalog/shared';
import { AgreementRepository } from './agreement.repository.js';
import { revisedConfiguration } from './agreement.rules.js';
import type { AgreementTermEntity } from './entities/agreement-term.entity.js';

/** An agreement's renewal as it would be priced: a new contract starting the day after its end. */
export interface PendingRenewal {
  agreementId: string;
  reference: string;
  agencyId: string;
  providerCode: string;
  endDate: string;
  /** endDate + 1. */
  renewalDate: string;
  /** Its last term's configuration, starting on the renewal date, for the version in force then. */
  configuration: ConfigurationInput;
  /** Currency of the last term as agreed. */
  currency: string;
}

/**
 * The renewals ahead of a centre's agreements, for domains above agreements (what a draft
 * catalogue would change). Who may see them is the caller's check (the centre's managers).
 */
@Injectable()
export class AgreementRenewalsService {
  constructor(private readonly repository: AgreementRepository) {}

  /**
   * Every agreement of the centre, not terminated, whose renewal date (endDate + 1) is on or after
   * `from`, by reference, each with the configuration `reviseAgreement` would give its renewal.
   */
  async renewingFrom(providerCode: string, from: string): Promise<PendingRenewal[]> {
    const agreements = await this.repository.renewingOfProvider(providerCode, addDays(from, -1));
    const lastTerms = new Map<string, AgreementTermEntity>();
    // In position order, so each agreement's last term is the one left.
    for (const term of await this.repository.termsOfMany(agreements.map((agreement) => agreement.id)))
      lastTerms.set(term.agreementId, term);
    return agreements.flatMap((agreement) => {
      const last = lastTerms.get(agreement.id);
      if (!last) return [];
      const renewalDate = addDays(agreement.endDate, 1);
      return [
        {
          agreementId: agreement.id,
          reference: agreement.reference,
          agencyId: agreement.agencyId,
          providerCode: agreement.providerCode,
          endDate: agreement.endDate,
          renewalDate,
          configuration: revisedConfiguration(last, renewalDate),
          currency: last.breakdown.currency,
        },
      ];
    });
  }
}
