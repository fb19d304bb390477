import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { currentRequest } from './request-context.js';

type JsonLogOptions = Parameters<ConsoleLogger['getJsonLogObject']>[1];

/** Nest's JSON console logger, plus the `requestId` of the request a line was written for. */
export class RequestLogger extends ConsoleLogger {
  constructor(logLevels: LogLevel[]) {
    super({ json: true, logLevels });
  }

  protected override getJsonLogObject(
    message: unknown,
    options: JsonLogOptions,
  ): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const line = super.getJsonLogObject(message, options);
    const request = currentRequest();
    return request ? { ...line, requestId: request.requestId } : line;
  }
}
