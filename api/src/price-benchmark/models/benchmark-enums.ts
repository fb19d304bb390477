import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums of the price benchmark; their values are the shared types' values. */
export enum StandardMeasureEnum {
  PAYSLIP = 'PAYSLIP',
  EMPLOYEE = 'EMPLOYEE',
  INVOICE_IN = 'INVOICE_IN',
  INVOICE_OUT = 'INVOICE_OUT',
  POSTING_LINE = 'POSTING_LINE',
  TRAVEL_CLAIM = 'TRAVEL_CLAIM',
  REFUND_CLAIM = 'REFUND_CLAIM',
}

export enum BenchmarkKindEnum {
  PAYROLL = 'PAYROLL',
  ACCOUNTING = 'ACCOUNTING',
  BOTH = 'BOTH',
}

export enum NotOfferedReasonEnum {
  NO_PACKAGE = 'NO_PACKAGE',
  MISSING_VOLUMES = 'MISSING_VOLUMES',
  INVALID_CONFIGURATION = 'INVALID_CONFIGURATION',
}

registerEnumType(StandardMeasureEnum, {
  name: 'StandardMeasure',
  description: 'What a volume counts, in the words every centre shares (DESIGN "Centres side by side").',
});
registerEnumType(BenchmarkKindEnum, {
  name: 'BenchmarkKind',
  description: 'What a standard profile buys: payroll, accounting or both.',
});
registerEnumType(NotOfferedReasonEnum, {
  name: 'NotOfferedReason',
  description: 'Why a centre has no price for a profile.',
  valuesMap: {
    NO_PACKAGE: { description: "The catalogue names no package for the profile's kind." },
    MISSING_VOLUMES: {
      description:
        'The package needs drivers without a standard measure, or measures the profile lacks (listed in missingDrivers).',
    },
    INVALID_CONFIGURATION: {
      description:
        'The package breaks a rule of its own catalogue with these volumes (issueCodes say which).',
    },
  },
});
