import autocannon, { type AutocannonRequest } from 'autocannon';

/** One timed load of one server. */
export interface Round {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  completed: number;
  seconds: number;
  /** Connection errors, timeouts, non-2xx answers and bodies with GraphQL errors. */
  failures: number;
}

/** A body counts as answered when it has data and no GraphQL error. */
function answered(body: string): boolean {
  return body.startsWith('{"data":{') && !body.includes('"errors":[');
}

/** `connections` connections to 127.0.0.1 for `seconds`, each repeating `requests` in turn. */
export async function load(
  origin: string,
  requests: AutocannonRequest[],
  connections: number,
  seconds: number,
): Promise<Round> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin))
    throw new Error(`The bench loads 127.0.0.1 only, not ${origin}`);
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests,
    verifyBody: answered,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    // No answer in the round: no latency to speak of (not 0 ms).
    p50: result.requests.total > 0 ? result.latency.p50 : NaN,
    p99: result.requests.total > 0 ? result.latency.p99 : NaN,
    completed: result.requests.total,
    seconds: result.duration,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}
