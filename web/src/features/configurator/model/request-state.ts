import type { ConfigurationIssue } from '@servicekatalog/shared';
import type { PricingRequest } from '../../../lib/configuration/pricing-input';

/** A start date on which no version is in force is explained at its field and not sent. */
export function withoutVersionOnStart(request: PricingRequest, noVersion: boolean): PricingRequest {
  if (!noVersion || request.input.startDate === undefined) return request;
  const { startDate: _left, ...input } = request.input;
  return { ...request, input, startDateProblem: 'noVersion' };
}

/** Every volume field holds a usable quantity and nothing in the address was unknown. */
export function isComplete(request: PricingRequest): boolean {
  return (
    request.unknownCodes.length === 0 &&
    request.startDateProblem === null &&
    request.volumeFields.every((field) => field.problem === null)
  );
}

/** A missing volume whose field holds something unreadable is explained at the field instead. */
export function issuesToShow(
  issues: readonly ConfigurationIssue[],
  request: PricingRequest,
): ConfigurationIssue[] {
  const unreadable = new Set(
    request.volumeFields.filter((field) => field.problem !== null).map((field) => field.driverCode),
  );
  return issues.filter((issue) => !(issue.code === 'MISSING_VOLUME' && unreadable.has(issue.driverCode)));
}
