/** The demo data carries DFØ's sourced unit costs (DOMAIN.md), readable by anyone. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listFigures } from '../support/benchmarks.js';
import { dataOf } from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: 'when-empty' });
});

afterAll(async () => {
  await app?.close();
});

it("seeds DFØ's published unit costs with their year, currency and source, and nothing else", async () => {
  const list = dataOf(await listFigures(app, { first: 100 })).benchmarkFigures;
  expect(
    list.edges.map(({ node }) => [node.providerCode, node.kpi, node.year, node.value, node.currency]),
  ).toEqual([
    ['DFO-NO', 'COST_PER_OUTGOING_INVOICE', 2024, '3.8', 'NOK'],
    ['DFO-NO', 'COST_PER_PAYSLIP', 2021, '14', 'NOK'],
    ['DFO-NO', 'COST_PER_PAYSLIP', 2022, '12', 'NOK'],
    ['DFO-NO', 'COST_PER_PAYSLIP', 2023, '14', 'NOK'],
    ['DFO-NO', 'COST_PER_PAYSLIP', 2024, '11', 'NOK'],
  ]);
  for (const { node } of list.edges) expect(node.source).toMatch(/^DFØ annual reports/);
});
