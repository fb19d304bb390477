import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  /** CPU time (user + system) the loaded server's process spent during the round. */
  cpuMs: number;
}

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU time (user + system, ms) process `pid` has used so far, from /proc (Linux). */
export function cpuMillis(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** A body counts as answered when it has data and no GraphQL error. */
function answered(body: string): boolean {
  return body.startsWith('{"data":{') && !body.includes('"errors":[');
}

/**
 * `connections` connections to 127.0.0.1 for `seconds`, each repeating `requests` in turn; the CPU
 * time of the server's process `pid` is measured over the round.
 */
export async function load(
  server: { url: string; pid: number },
  requests: AutocannonRequest[],
  connections: number,
  seconds: number,
): Promise<Round> {
  const origin = server.url;
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin))
    throw new Error(`The bench loads 127.0.0.1 only, not ${origin}`);
  const cpuBefore = cpuMillis(server.pid);
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
    cpuMs: cpuMillis(server.pid) - cpuBefore,
  };
}
