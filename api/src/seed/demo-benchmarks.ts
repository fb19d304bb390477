import type { BenchmarkKpi } from '../benchmarks/benchmark-kpi.js';

/** One demo benchmark figure, as published. */
export interface DemoBenchmarkFigure {
  providerCode: string;
  year: number;
  kpi: BenchmarkKpi;
  value: string;
  currency: string;
  source: string;
}

const DFO_SOURCE = 'DFØ annual reports (årsrapporter): unit costs 2021–2024';

/**
 * DFØ's sourced unit costs (DOMAIN.md, "DFØ": S, DFØ annual reports, NOK) — only those published
 * with both a year and a single value: cost per payslip 14 / 12 / 14 / 11 for 2021–2024 and per
 * outgoing invoice 3.8 for 2024. The refund (~72), travel claim (7–10), incoming invoice (12–14)
 * and posting line (0.2) costs are given without a year or as a range; a figure needs one year and
 * one value, so they are left out rather than made up.
 */
export const DEMO_BENCHMARK_FIGURES: readonly DemoBenchmarkFigure[] = [
  ...(
    [
      [2021, '14'],
      [2022, '12'],
      [2023, '14'],
      [2024, '11'],
    ] as const
  ).map(([year, value]) => ({
    providerCode: 'DFO-NO',
    year,
    kpi: 'COST_PER_PAYSLIP' as const,
    value,
    currency: 'NOK',
    source: DFO_SOURCE,
  })),
  {
    providerCode: 'DFO-NO',
    year: 2024,
    kpi: 'COST_PER_OUTGOING_INVOICE',
    value: '3.8',
    currency: 'NOK',
    source: DFO_SOURCE,
  },
];
