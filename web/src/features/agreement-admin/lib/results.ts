/** A measured value of a target in a month, as the API reports it. */
export interface ServiceResultRow {
  month: string;
  metric: string;
  serviceCode?: string | null;
  target: string;
  value: string;
  met: boolean;
}

/** One target's history. */
export interface TargetHistory {
  key: string;
  metric: string;
  serviceCode: string | null;
  months: ServiceResultRow[];
}

/** The results grouped per target (metric and service), months in order. */
export function groupByTarget(results: readonly ServiceResultRow[]): TargetHistory[] {
  const groups = new Map<string, TargetHistory>();
  for (const result of results) {
    const key = `${result.metric}|${result.serviceCode ?? ''}`;
    const group = groups.get(key) ?? {
      key,
      metric: result.metric,
      serviceCode: result.serviceCode ?? null,
      months: [],
    };
    group.months.push(result);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.months.sort((a, b) => a.month.localeCompare(b.month));
  return [...groups.values()];
}
