import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { UsersService } from '../users/users.service.js';
import { QuoteCommentEntity } from './quote-comment.entity.js';
import { QuoteEvents } from './quote-events.js';
import { QuotePolicy } from './quote.policy.js';
import { QuoteRepository } from './quote.repository.js';
import { checkText, QUOTE_COMMENT_ENTITY } from './quote.rules.js';
import { QuoteWriter } from './quote-writer.js';

/**
 * The comment thread of a quote: the customer agency and the serving centre write in it, in any
 * status. A comment is its own row, so it neither needs nor changes the quote's version.
 */
@Injectable()
export class QuoteCommentService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: QuoteRepository,
    private readonly writer: QuoteWriter,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: QuoteEvents,
  ) {}

  async add(actor: Actor | null, quoteId: string, text: string): Promise<QuoteCommentEntity> {
    const author = QuotePolicy.requireRole(actor, 'COMMENT');
    const body = checkText(text, 'text');
    return this.transactions.run(async (manager) => {
      const quote = await this.writer.loadVisible(manager, author, quoteId);
      const user = await this.users.findById(author.userId, manager);
      const comment = Object.assign(new QuoteCommentEntity(), {
        id: randomUUID(),
        quoteId: quote.id,
        authorId: author.userId,
        // Operator tools act without a user row; they sign with their e-mail.
        authorName: user?.name ?? author.email,
        text: body,
        createdAt: new Date(),
      });
      await this.repository.insertComment(manager, comment);
      await this.audit.record(manager, {
        actor: author,
        entity: QUOTE_COMMENT_ENTITY,
        entityId: comment.id,
        // The comment itself does not name the centre; its quote does (managers see their centre's events).
        providerCode: quote.providerCode,
        action: 'CREATE',
        before: null,
        after: comment,
      });
      this.events.changed(manager, quote, 'COMMENT');
      return comment;
    });
  }
}
