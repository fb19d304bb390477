import { Injectable } from '@nestjs/common';
import type { QuoteEntity } from './quote.entity.js';
import { QuoteRepository } from './quote.repository.js';

/** The open quotes of a centre, for domains above quotes (what a draft catalogue would change). */
@Injectable()
export class OpenQuotesService {
  constructor(private readonly repository: QuoteRepository) {}

  /**
   * Every DRAFT or SUBMITTED quote priced with `providerCode`'s catalogues, without its stored
   * breakdown. Who may see them is the caller's check (the provider's managers).
   */
  ofProvider(providerCode: string): Promise<QuoteEntity[]> {
    return this.repository.openOfProvider(providerCode);
  }
}
