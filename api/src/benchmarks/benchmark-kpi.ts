/**
 * The unit-cost KPIs the centres benchmark (DOMAIN.md, "Benchmark KPIs": DFØ has computed these six
 * since leaving EY's Nordic Finance Benchmarking in 2021). Each is a cost per one unit of work.
 */
export const BENCHMARK_KPIS = [
  'COST_PER_PAYSLIP',
  'COST_PER_REFUND',
  'COST_PER_TRAVEL_CLAIM',
  'COST_PER_INCOMING_INVOICE',
  'COST_PER_OUTGOING_INVOICE',
  'COST_PER_POSTING_LINE',
] as const;

export type BenchmarkKpi = (typeof BENCHMARK_KPIS)[number];

export function isBenchmarkKpi(value: unknown): value is BenchmarkKpi {
  return typeof value === 'string' && (BENCHMARK_KPIS as readonly string[]).includes(value);
}
