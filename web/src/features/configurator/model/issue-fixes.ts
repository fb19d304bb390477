import type { ConfigurationIssue } from '@servicekatalog/shared';

/** The one-click fix offered next to an issue. */
export type IssueFix =
  | { kind: 'addService'; serviceCode: string }
  | { kind: 'removeService'; serviceCode: string }
  | { kind: 'focusVolume'; driverCode: string };

/**
 * The fix for an issue, given the extra services the customer picked (only those can be removed;
 * package items cannot). Null when no single click can fix it.
 */
export function fixFor(issue: ConfigurationIssue, extras: readonly string[]): IssueFix | null {
  const removable = (code: string | null): code is string => code !== null && extras.includes(code);
  switch (issue.code) {
    case 'MISSING_DEPENDENCY':
      return issue.requiredAnyOf.length > 0
        ? { kind: 'addService', serviceCode: issue.requiredAnyOf[0] }
        : null;
    case 'EXCLUDED_COMBINATION':
      // Remove the later pick when both are extras, else whichever one is an extra.
      if (removable(issue.otherServiceCode))
        return { kind: 'removeService', serviceCode: issue.otherServiceCode };
      return removable(issue.serviceCode) ? { kind: 'removeService', serviceCode: issue.serviceCode } : null;
    case 'MISSING_VOLUME':
    case 'VOLUME_OUT_OF_RANGE':
      return { kind: 'focusVolume', driverCode: issue.driverCode };
    case 'ADDON_NOT_ALLOWED':
    case 'DEPRECATED_SERVICE':
      return removable(issue.serviceCode) ? { kind: 'removeService', serviceCode: issue.serviceCode } : null;
    case 'NOTHING_SELECTED':
      return null;
    default:
      return assertNever(issue);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled issue ${JSON.stringify(value)}`);
}
