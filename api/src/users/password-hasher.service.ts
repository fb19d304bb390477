import { Injectable, type OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's first recommended parameter set (19 MiB, 2 iterations, 1 lane): strong
 * enough, and cheap enough in memory that many concurrent logins don't starve the server.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** A hash of a password nobody has; verified against for unknown e-mails so timing reveals nothing. */
  private dummyHash: Promise<string> | null = null;

  /** Computed at start, so the first login with an unknown e-mail is not slower than the others. */
  onModuleInit(): void {
    this.dummyHash = this.hash('no user has this password: servicekatalog');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  /** False for a wrong password and for a hash that cannot be read. */
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same work as {@link verify} against a real hash, and always fails. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('no user has this password: servicekatalog');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
