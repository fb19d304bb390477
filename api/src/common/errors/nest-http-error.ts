import type { DomainErrorCode } from './domain-error.js';

interface NestHttpLike {
  getStatus(): number;
  getResponse(): unknown;
}

function isNestHttpError(error: unknown): error is Error & NestHttpLike {
  return (
    error instanceof Error &&
    typeof (error as Partial<NestHttpLike>).getStatus === 'function' &&
    typeof (error as Partial<NestHttpLike>).getResponse === 'function'
  );
}

/** Nest's ValidationPipe and guards throw HTTP exceptions; translate the ones a client caused. */
export function nestHttpError(
  error: unknown,
): { message: string; extensions: Record<string, unknown> } | null {
  if (!isNestHttpError(error)) return null;
  const status = error.getStatus();
  const code = statusCode(status);
  if (!code) return null;
  if (code !== 'BAD_USER_INPUT') return { message: error.message, extensions: { code } };
  const messages = validationMessages(error.getResponse());
  const field = messages[0]?.split(' ')[0];
  return {
    message: messages.join('; ') || error.message,
    extensions: field ? { code, field, messages } : { code },
  };
}

function statusCode(status: number): DomainErrorCode | null {
  switch (status) {
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    default:
      return null;
  }
}

function validationMessages(response: unknown): string[] {
  if (typeof response !== 'object' || response === null) return [];
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string');
  return typeof message === 'string' ? [message] : [];
}
