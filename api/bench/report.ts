import type { Round } from './load.js';
import type { GoalKind, Scenario } from './scenarios.js';

/** DESIGN "Performance goals", measured in one run on one machine. */
export const GOALS = {
  cached: { minRatio: 2.0, maxP99Ms: 20 },
  uncached: { minRatio: 0.9, maxP99OfReference: 1.2 },
  maxResidentMB: 250,
};

/** The rounds of one scenario: app and reference alternating, and the app's SQL statements. */
export interface ScenarioResult {
  scenario: Scenario;
  app: Round[];
  reference: Round[];
  /** SQL statements the app sent, and GraphQL requests it answered, during the app's rounds. */
  statements: number;
  answered: number;
}

interface Summary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** CPU time of the server's process per answered request, over all rounds. */
  cpuMsPerRequest: number;
}

/** Median of the rounds that had answers (NaN when none had). */
const median = (values: number[]): number => {
  const sorted = values.filter(Number.isFinite).sort((x, y) => x - y);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Requests per second over all rounds; p50 and p99 of the median round. */
function summarize(rounds: Round[]): Summary {
  const completed = rounds.reduce((sum, r) => sum + r.completed, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  return {
    requestsPerSecond: seconds > 0 ? completed / seconds : 0,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
    cpuMsPerRequest: completed > 0 ? rounds.reduce((sum, r) => sum + r.cpuMs, 0) / completed : NaN,
  };
}

function verdict(goal: GoalKind, ratio: number, app: Summary, reference: Summary): string {
  if (goal === 'cached') {
    const met = ratio >= GOALS.cached.minRatio && app.p99 <= GOALS.cached.maxP99Ms;
    return `${met ? 'met' : 'MISSED'} (≥ ${GOALS.cached.minRatio}×, p99 ≤ ${GOALS.cached.maxP99Ms} ms)`;
  }
  const limit = GOALS.uncached.maxP99OfReference * reference.p99;
  const met = ratio >= GOALS.uncached.minRatio && app.p99 <= limit;
  return `${met ? 'met' : 'MISSED'} (≥ ${GOALS.uncached.minRatio}×, p99 ≤ ${limit.toFixed(1)} ms)`;
}

const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  const [head, ...body] = rows;
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/**
 * The printed table: figures per scenario, ratios, statements per request and the goals. "CPU
 * ms/req" is the CPU time of the app's and the reference's process per answered request (app/ref),
 * and "CPU ×" the reference's divided by the app's: unlike req/s it hardly moves when other work
 * loads the machine.
 */
export function renderReport(results: ScenarioResult[], residentBytes: number): string {
  const rows = [
    [
      '',
      'scenario',
      'app req/s',
      'p50 ms',
      'p99 ms',
      'ref req/s',
      'p50 ms',
      'p99 ms',
      'req/s ×',
      'p99 ×',
      'CPU ms/req',
      'CPU ×',
      'SQL/req',
      'failed',
      'goal',
    ],
  ];
  for (const result of results) {
    const app = summarize(result.app);
    const reference = summarize(result.reference);
    const ratio = app.requestsPerSecond / reference.requestsPerSecond;
    rows.push([
      result.scenario.key,
      result.scenario.title,
      fixed(app.requestsPerSecond, 0),
      fixed(app.p50, 1),
      fixed(app.p99, 1),
      fixed(reference.requestsPerSecond, 0),
      fixed(reference.p50, 1),
      fixed(reference.p99, 1),
      fixed(ratio, 2),
      fixed(app.p99 / reference.p99, 2),
      `${fixed(app.cpuMsPerRequest, 2)}/${fixed(reference.cpuMsPerRequest, 2)}`,
      fixed(reference.cpuMsPerRequest / app.cpuMsPerRequest, 2),
      fixed(result.statements / result.answered, 2),
      `${app.failures}/${reference.failures}`,
      verdict(result.scenario.goal, ratio, app, reference),
    ]);
  }
  const megabytes = residentBytes / 1024 / 1024;
  const rss = `app RSS after the run: ${megabytes.toFixed(0)} MB — ${megabytes <= GOALS.maxResidentMB ? 'met' : 'MISSED'} (≤ ${GOALS.maxResidentMB} MB)`;
  return [table(rows), '', rss].join('\n');
}
