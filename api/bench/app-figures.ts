/** What the bench reads from the app's own `/metrics` (loopback, so no token needed). */
export interface AppFigures {
  /** GraphQL requests the app has answered (all operations). */
  requests: number;
  statements: number;
  residentBytes: number;
  cacheHits: number;
  cacheMisses: number;
}

/** Sum of every sample of metric `name` (all label sets) in Prometheus text. */
function total(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) {
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return sum;
}

export async function appFigures(appUrl: string): Promise<AppFigures> {
  const response = await fetch(`${appUrl}/metrics`);
  if (!response.ok) throw new Error(`${appUrl}/metrics answered ${response.status}`);
  const text = await response.text();
  return {
    requests: total(text, 'graphql_requests_total'),
    statements: total(text, 'db_statements_total'),
    residentBytes: total(text, 'process_resident_memory_bytes'),
    cacheHits: total(text, 'cache_hits_total'),
    cacheMisses: total(text, 'cache_misses_total'),
  };
}

/**
 * The figures once the app has answered every request it received: a round ends with requests
 * still in flight, whose statements would otherwise be counted against too few requests. Bounded:
 * at most 50 polls 100 ms apart.
 */
export async function settledAppFigures(appUrl: string): Promise<AppFigures> {
  let previous = await appFigures(appUrl);
  for (let poll = 0; poll < 50; poll += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const current = await appFigures(appUrl);
    if (current.requests === previous.requests && current.statements === previous.statements) return current;
    previous = current;
  }
  return previous;
}
