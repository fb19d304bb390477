import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { DEMO_PROPOSALS } from '../../src/seed/demo-proposals.js';
import { login } from '../support/auth.js';
import { dataOf } from '../support/catalogue-factory.js';
import { auditCount } from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIST = `query ($providerCode: String) {
  proposals(providerCode: $providerCode, first: 100) {
    totalCount edges { node { id title description serviceCode status response respondedByName voteCount
      myAgencyVoted agencyName version } } } }`;
const SERVICES =
  'query ($providerCode: String!) { catalogue(providerCode: $providerCode) { services { code } } }';

interface Listed {
  proposals: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        title: string;
        description: string;
        serviceCode: string | null;
        status: string;
        response: string | null;
        respondedByName: string | null;
        voteCount: number;
        myAgencyVoted: boolean;
        agencyName: string;
        version: number;
      };
    }[];
  };
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
});

afterAll(async () => {
  await app?.close();
});

async function listed(providerCode: string, token?: string) {
  return dataOf(await app.gql<Listed>(LIST, { providerCode }, { token })).proposals.edges.map(
    (edge) => edge.node,
  );
}

describe('demo proposals', () => {
  it('are loaded with their votes and responses, each saying it is illustrative', async () => {
    const all = [...(await listed('SA-DK')), ...(await listed('DFO-NO')), ...(await listed('SSC-SE'))];
    expect(all.map((proposal) => proposal.title).sort()).toEqual(
      DEMO_PROPOSALS.map((demo) => demo.title).sort(),
    );
    for (const proposal of all) expect(proposal.description).toContain('Illustrative demo proposal.');
    const byTitle = new Map(all.map((proposal) => [proposal.title, proposal]));
    expect(byTitle.get('Payslips in English for international staff')).toMatchObject({
      agencyName: 'Eksempelstyrelsen',
      serviceCode: 'PAY',
      status: 'UNDER_REVIEW',
      voteCount: 1,
      respondedByName: 'Mette Kundeansvarlig',
      version: 2,
    });
    expect(byTitle.get('eFaktura for outgoing invoices under delservice')).toMatchObject({
      agencyName: 'Eksempeldirektoratet',
      status: 'PLANNED',
      voteCount: 1,
      respondedByName: 'Nils Kundeansvarlig',
      version: 3,
    });
    expect(byTitle.get('Open-items report every month')).toMatchObject({ status: 'DECLINED', voteCount: 0 });
  });

  it("name services of the centres' catalogues in force", async () => {
    for (const providerCode of ['SA-DK', 'DFO-NO', 'SSC-SE']) {
      const catalogue = dataOf(
        await app.gql<{ catalogue: { services: { code: string }[] } }>(SERVICES, { providerCode }),
      ).catalogue;
      const codes = new Set(catalogue.services.map((service) => service.code));
      for (const proposal of await listed(providerCode))
        if (proposal.serviceCode) expect(codes.has(proposal.serviceCode), proposal.serviceCode).toBe(true);
    }
  });

  it('show the demo customer which proposals its agency voted for, and carry audit events', async () => {
    const token = await login(app, 'kunde@eksempelstyrelsen.example', DEMO_PASSWORD);
    const proposals = await listed('SA-DK', token);
    expect(proposals.map((proposal) => [proposal.title, proposal.myAgencyVoted])).toEqual([
      ['Payslips in English for international staff', true],
      ['Monthly accounts statement by the 10th', false],
    ]);
    const first = proposals[0];
    expect(await auditCount(app, first.id)).toBe(3);
  });
});
