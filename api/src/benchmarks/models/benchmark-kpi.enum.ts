import { registerEnumType } from '@nestjs/graphql';
import type { BenchmarkKpi } from '../benchmark-kpi.js';

/** The GraphQL enum `BenchmarkKpi`; its values are the {@link BenchmarkKpi} strings themselves. */
export const BenchmarkKpiEnum = {
  COST_PER_PAYSLIP: 'COST_PER_PAYSLIP',
  COST_PER_REFUND: 'COST_PER_REFUND',
  COST_PER_TRAVEL_CLAIM: 'COST_PER_TRAVEL_CLAIM',
  COST_PER_INCOMING_INVOICE: 'COST_PER_INCOMING_INVOICE',
  COST_PER_OUTGOING_INVOICE: 'COST_PER_OUTGOING_INVOICE',
  COST_PER_POSTING_LINE: 'COST_PER_POSTING_LINE',
} as const satisfies { [K in BenchmarkKpi]: K };

registerEnumType(BenchmarkKpiEnum, {
  name: 'BenchmarkKpi',
  description: "A unit-cost KPI: the centre's total cost of a kind of work divided by the units it handled.",
  valuesMap: {
    COST_PER_PAYSLIP: { description: 'Cost per payslip.' },
    COST_PER_REFUND: { description: 'Cost per sick-pay or parental-pay refund claim.' },
    COST_PER_TRAVEL_CLAIM: { description: 'Cost per travel or expense claim.' },
    COST_PER_INCOMING_INVOICE: { description: 'Cost per incoming (supplier) invoice.' },
    COST_PER_OUTGOING_INVOICE: { description: 'Cost per outgoing (sales) invoice.' },
    COST_PER_POSTING_LINE: { description: 'Cost per ledger posting line.' },
  },
});
