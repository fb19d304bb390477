import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** A refusal in TMF's error shape (TMF630: `code`, `reason`, `message`, `status`, `@type` "Error"). */
export class TmfError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: 'BAD_REQUEST' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
  }

  static badRequest(message: string): TmfError {
    return new TmfError(400, 'BAD_REQUEST', message);
  }

  static notFound(message: string): TmfError {
    return new TmfError(404, 'NOT_FOUND', message);
  }
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Every error of the TMF620 API in TMF's shape. Anything that is not a {@link TmfError} or an HTTP
 * exception is logged and answered as a generic 500 — never a stack trace or SQL text.
 */
@Catch()
export class TmfErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('TMF620');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let status = 500;
    let code = 'INTERNAL_SERVER_ERROR';
    let message = 'The request could not be answered.';
    if (exception instanceof TmfError) ({ status, code, message } = exception);
    else if (exception instanceof HttpException && exception.getStatus() < 500) {
      status = exception.getStatus();
      code = status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
      message = exception.message;
    } else this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const reason = REASONS[status] ?? 'Error';
    void reply
      .status(status)
      .type('application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(JSON.stringify({ code, reason, message, status: String(status), '@type': 'Error' }));
  }
}
