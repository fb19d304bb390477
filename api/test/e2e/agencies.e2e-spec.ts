/**
 * The agencies API: created and edited by admins and account managers (their own centre's),
 * organisation numbers checked by their country's check digit and stored normalized, reads that
 * never reveal another agency, and optimistic locking in the UPDATE itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateOrganisationNumber } from '@servicekatalog/shared';
import { createAgency, createUserAndLogin, ensureProvider, type SignedInTestUser } from '../support/auth.js';
import {
  auditEventsOf,
  dataOf,
  exampleCatalogue,
  importPublished,
  smallCatalogue,
} from '../support/catalogue-factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const AGENCY_FIELDS =
  'id name country organisationNumber providerCode defaultVolumes { driverCode quantity } version';
const CREATE = `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { ${AGENCY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAgencyInput!, $expectedVersion: Int!) {
  updateAgency(id: $id, input: $input, expectedVersion: $expectedVersion) { ${AGENCY_FIELDS} } }`;
const GET = `query ($id: ID!) { agency(id: $id) { ${AGENCY_FIELDS} } }`;
const LIST = `query ($first: Int, $after: String, $providerCode: String) {
  agencies(first: $first, after: $after, providerCode: $providerCode) {
    totalCount edges { cursor node { id name providerCode } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

interface Agency {
  id: string;
  name: string;
  country: string;
  organisationNumber: string;
  providerCode: string;
  defaultVolumes: { driverCode: string; quantity: string }[];
  version: number;
}
interface AgencyList {
  agencies: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; providerCode: string } }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

let app: TestApp;
let admin: SignedInTestUser;
let managerOne: SignedInTestUser;
let managerTwo: SignedInTestUser;
let customer: SignedInTestUser;
let customerAgencyId: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  // P-ONE has a catalogue in force (drivers PAYSLIPS, INVOICES_IN, USERS counting whole units;
  // HOURS not); P-TWO has none.
  await importPublished(app, admin.token, exampleCatalogue('P-ONE'), '2020-01-01');
  await ensureProvider(app, 'P-TWO');
  managerOne = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'P-ONE' });
  managerTwo = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'P-TWO' });
  customerAgencyId = await createAgency(app, { providerCode: 'P-ONE', name: 'Customer agency' });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId: customerAgencyId });
});

afterAll(async () => {
  await app?.close();
});

function create(
  input: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<{ createAgency: Agency }>> {
  return app.gql<{ createAgency: Agency }>(CREATE, { input }, { token });
}

function update(
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number,
  token?: string,
): Promise<GraphQLResponse<{ updateAgency: Agency }>> {
  return app.gql<{ updateAgency: Agency }>(UPDATE, { id, input, expectedVersion }, { token });
}

function expectError(response: GraphQLResponse<unknown>, code: string, field?: string): void {
  expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
  expect(response.errors?.[0].extensions?.code).toBe(code);
  if (field !== undefined) expect(response.errors?.[0].extensions?.field).toBe(field);
}

/** A new agency created by the admin; returns it. */
async function newAgency(
  input: Partial<Record<string, unknown>> & { organisationNumber: string; country: string },
): Promise<Agency> {
  return dataOf(
    await create(
      { name: `Agency ${input.organisationNumber}`, providerCode: 'P-ONE', ...input },
      admin.token,
    ),
  ).createAgency;
}

describe("createAgency: organisation numbers by their country's check digit", () => {
  it.each([
    ['DK', '10 21 32 31', '10213231'],
    ['NO', '974 760 673', '974760673'],
    ['SE', '2021005489', '202100-5489'],
    ['FI', '02454372', '0245437-2'],
    ['IS', '5402696459', '540269-6459'],
    ['no', '986252932', '986252932'],
  ])('%s %j is valid and stored as %j', async (country, organisationNumber, normalized) => {
    const agency = dataOf(
      await create(
        { name: `  Agency in ${country} `, country, organisationNumber, providerCode: 'P-ONE' },
        admin.token,
      ),
    ).createAgency;
    expect(agency).toMatchObject({
      name: `Agency in ${country}`,
      country: country.toUpperCase(),
      organisationNumber: normalized,
      providerCode: 'P-ONE',
      version: 1,
    });
    expect(
      dataOf(await app.gql<{ agency: Agency }>(GET, { id: agency.id }, { token: admin.token })).agency,
    ).toEqual(agency);
  });

  it.each([
    ['DK', '10213232'],
    ['NO', '974760674'],
    ['SE', '202100-5488'],
    ['FI', '0245437-3'],
    ['IS', '540269-6469'],
    ['DK', '1021323'],
    ['NO', '974760673MVA'],
  ])('%s %j is refused, naming input.organisationNumber', async (country, organisationNumber) => {
    const response = await create(
      { name: 'Bad number', country, organisationNumber, providerCode: 'P-ONE' },
      admin.token,
    );
    expectError(response, 'BAD_USER_INPUT', 'input.organisationNumber');
    expect(response.errors?.[0].message).toMatch(/^organisationNumber is not valid: /);
  });

  it('refuses a country whose numbers cannot be checked', async () => {
    expectError(
      await create(
        { name: 'Bundesamt', country: 'DE', organisationNumber: '123', providerCode: 'P-ONE' },
        admin.token,
      ),
      'BAD_USER_INPUT',
      'input.country',
    );
  });

  it('refuses a number that is already registered, however it is written (BAD_USER_INPUT)', async () => {
    await newAgency({ country: 'SE', organisationNumber: '202100-6230' });
    const response = await create(
      { name: 'Twin', country: 'se', organisationNumber: '2021006230', providerCode: 'P-TWO' },
      admin.token,
    );
    expectError(response, 'BAD_USER_INPUT', 'input.organisationNumber');
    expect(response.errors?.[0].message).toBe('An agency with this organisation number already exists.');
  });

  it('refuses an unknown provider and an empty name', async () => {
    expectError(
      await create(
        { name: 'X', country: 'DK', organisationNumber: '24256790', providerCode: 'NO-SUCH' },
        admin.token,
      ),
      'BAD_USER_INPUT',
      'input.providerCode',
    );
    expectError(
      await create(
        { name: '  ', country: 'DK', organisationNumber: '24256790', providerCode: 'P-ONE' },
        admin.token,
      ),
      'BAD_USER_INPUT',
      'input.name',
    );
  });

  it('keeps default volumes, each driver once, quantities as non-negative decimal strings', async () => {
    const base = { name: 'Volumes', country: 'FI', organisationNumber: '0112038-9', providerCode: 'P-ONE' };
    const twice = [
      { driverCode: 'PAYSLIPS', quantity: '1' },
      { driverCode: 'PAYSLIPS', quantity: '2' },
    ];
    expectError(
      await create({ ...base, defaultVolumes: twice }, admin.token),
      'BAD_USER_INPUT',
      'input.defaultVolumes[1].driverCode',
    );
    expectError(
      await create({ ...base, defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '-1' }] }, admin.token),
      'BAD_USER_INPUT',
      'input.defaultVolumes[0].quantity',
    );
    expectError(
      await create({ ...base, defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: 600 }] }, admin.token),
      'BAD_USER_INPUT',
      'input.defaultVolumes[0].quantity',
    );
    const volumes = [
      { driverCode: 'PAYSLIPS', quantity: '1200' },
      { driverCode: 'HOURS', quantity: '7.50' },
    ];
    const agency = dataOf(await create({ ...base, defaultVolumes: volumes }, admin.token)).createAgency;
    expect(agency.defaultVolumes).toEqual(volumes);
  });

  // DESIGN, "Limits at every entry point": decimals are counted as written, trailing zeros included.
  it('checks quantities as a configuration does: at most 6 decimals as written', async () => {
    const base = { name: 'Decimals', country: 'DK', providerCode: 'P-ONE' };
    for (const quantity of ['1.1234567', '1.12345600', '1e3', ' 12', '1,5', '']) {
      expectError(
        await create(
          {
            ...base,
            organisationNumber: randomCvr(),
            defaultVolumes: [
              { driverCode: 'PAYSLIPS', quantity: '10' },
              { driverCode: 'HOURS', quantity },
            ],
          },
          admin.token,
        ),
        'BAD_USER_INPUT',
        'input.defaultVolumes[1].quantity',
      );
    }
    const volumes = [{ driverCode: 'HOURS', quantity: '1.123450' }];
    const agency = dataOf(
      await create({ ...base, organisationNumber: randomCvr(), defaultVolumes: volumes }, admin.token),
    ).createAgency;
    expect(agency.defaultVolumes).toEqual(volumes);
  });

  it("names drivers of the provider's catalogue in force, with whole quantities where the driver counts whole units", async () => {
    const base = { name: 'Drivers', country: 'DK', providerCode: 'P-ONE' };
    const refused = async (defaultVolumes: object[], field: string) =>
      expectError(
        await create({ ...base, organisationNumber: randomCvr(), defaultVolumes }, admin.token),
        'BAD_USER_INPUT',
        field,
      );
    await refused(
      [
        { driverCode: 'PAYSLIPS', quantity: '10' },
        { driverCode: 'TRAVEL_CLAIMS', quantity: '10' },
      ],
      'input.defaultVolumes[1].driverCode',
    );
    await refused(
      [
        { driverCode: 'HOURS', quantity: '7.5' },
        { driverCode: 'USERS', quantity: '12.5' },
      ],
      'input.defaultVolumes[1].quantity',
    );
    const response = await create(
      {
        ...base,
        organisationNumber: randomCvr(),
        defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '1.5' }],
      },
      admin.token,
    );
    expect(response.errors?.[0].message).toBe(
      'quantity must be a whole number: PAYSLIPS counts whole units.',
    );
    // A provider without a catalogue in force has no drivers to give volumes for.
    expectError(
      await create(
        {
          ...base,
          providerCode: 'P-TWO',
          organisationNumber: randomCvr(),
          defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '10' }],
        },
        admin.token,
      ),
      'BAD_USER_INPUT',
      'input.defaultVolumes',
    );
    // "5.0" is whole.
    const agency = dataOf(
      await create(
        {
          ...base,
          organisationNumber: randomCvr(),
          defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '5.0' }],
        },
        admin.token,
      ),
    ).createAgency;
    expect(agency.defaultVolumes).toEqual([{ driverCode: 'PAYSLIPS', quantity: '5.0' }]);
  });

  it('checks default volumes against the drivers of the catalogue in force only, not the whole catalogue', async () => {
    const base = { name: 'Cheap check', country: 'DK', providerCode: 'P-ONE' };
    const statementsOf = async (defaultVolumes: object[]): Promise<number> => {
      const before = app.statements();
      dataOf(await create({ ...base, organisationNumber: randomCvr(), defaultVolumes }, admin.token));
      return app.statements() - before;
    };
    const volumes = [{ driverCode: 'PAYSLIPS', quantity: '10' }];
    // The first check may build the version's read model (nine statements, whatever its size)…
    expect(await statementsOf(volumes)).toBeLessThanOrEqual((await statementsOf([])) + 9);
    // …after that the version in force and its drivers come from memory: no statement more.
    const withoutVolumes = await statementsOf([]);
    expect(await statementsOf(volumes)).toBe(withoutVolumes);
  });

  it('records an audit event with the agency', async () => {
    const agency = await newAgency({ country: 'IS', organisationNumber: '530269-7609' });
    const events = await auditEventsOf(app, agency.id);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        actorEmail: admin.email,
        before: null,
        after: expect.objectContaining({ organisationNumber: '530269-7609', version: 1 }),
      }),
    ]);
  });
});

describe('who may create agencies', () => {
  const input = { name: 'Managed', country: 'NO', organisationNumber: '986252932', providerCode: 'P-ONE' };

  it('an account manager for their own centre', async () => {
    const agency = dataOf(
      await create({ ...input, country: 'DK', organisationNumber: '24256790' }, managerOne.token),
    ).createAgency;
    expect(agency.providerCode).toBe('P-ONE');
    expect((await auditEventsOf(app, agency.id))[0].actorEmail).toBe(managerOne.email);
  });

  it('not an account manager of another centre (FORBIDDEN), a customer (FORBIDDEN) or anonymous (UNAUTHENTICATED)', async () => {
    expectError(await create(input, managerTwo.token), 'FORBIDDEN');
    expectError(await create(input, customer.token), 'FORBIDDEN');
    expectError(await create(input), 'UNAUTHENTICATED');
  });
});

describe('reading agencies', () => {
  let two: Agency;

  beforeAll(async () => {
    two = await newAgency({
      country: 'SE',
      organisationNumber: '556012-5790',
      providerCode: 'P-TWO',
      name: 'Agency of centre two',
    });
  });

  it('admins read any agency; customers their own', async () => {
    expect(
      dataOf(await app.gql<{ agency: Agency }>(GET, { id: two.id }, { token: admin.token })).agency.name,
    ).toBe('Agency of centre two');
    expect(
      dataOf(await app.gql<{ agency: Agency }>(GET, { id: customerAgencyId }, { token: customer.token }))
        .agency.id,
    ).toBe(customerAgencyId);
  });

  it("another centre's or another agency's agency is NOT_FOUND, never FORBIDDEN", async () => {
    expectError(await app.gql(GET, { id: two.id }, { token: customer.token }), 'NOT_FOUND');
    expectError(await app.gql(GET, { id: two.id }, { token: managerOne.token }), 'NOT_FOUND');
    expectError(await app.gql(GET, { id: customerAgencyId }, { token: managerTwo.token }), 'NOT_FOUND');
    expectError(await app.gql(GET, { id: 'no-such-agency' }, { token: admin.token }), 'NOT_FOUND');
    expectError(await app.gql(GET, { id: two.id }), 'UNAUTHENTICATED');
  });

  it("admins list all, managers their centre's, customers their own agency", async () => {
    const all = dataOf(await app.gql<AgencyList>(LIST, { first: 100 }, { token: admin.token })).agencies;
    const one = dataOf(await app.gql<AgencyList>(LIST, { first: 100 }, { token: managerOne.token })).agencies;
    const mine = dataOf(await app.gql<AgencyList>(LIST, {}, { token: customer.token })).agencies;
    expect(all.totalCount).toBe(all.edges.length);
    expect(new Set(all.edges.map((edge) => edge.node.providerCode))).toEqual(new Set(['P-ONE', 'P-TWO']));
    expect(one.edges.length).toBe(all.edges.filter((edge) => edge.node.providerCode === 'P-ONE').length);
    expect(one.edges.every((edge) => edge.node.providerCode === 'P-ONE')).toBe(true);
    expect(mine).toMatchObject({ totalCount: 1, edges: [{ node: { id: customerAgencyId } }] });
    const names = all.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('filters by provider, within what the caller may see', async () => {
    const twos = dataOf(
      await app.gql<AgencyList>(LIST, { providerCode: 'P-TWO' }, { token: admin.token }),
    ).agencies;
    expect(twos.edges.map((edge) => edge.node.id)).toEqual([two.id]);
    expect(
      dataOf(await app.gql<AgencyList>(LIST, { providerCode: 'P-TWO' }, { token: managerOne.token })).agencies
        .totalCount,
    ).toBe(0);
    expectError(await app.gql(LIST, {}), 'UNAUTHENTICATED');
  });

  it('pages with first/after without losing or repeating agencies', async () => {
    const all = dataOf(await app.gql<AgencyList>(LIST, { first: 100 }, { token: admin.token })).agencies;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AgencyList['agencies'] = dataOf(
        await app.gql<AgencyList>(LIST, { first: 3, after }, { token: admin.token }),
      ).agencies;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    expectError(await app.gql(LIST, { after: 'bogus' }, { token: admin.token }), 'BAD_USER_INPUT', 'after');
    // Well-formed cursors whose key is not (name, id): not JSON, the wrong length, a number for the id.
    for (const key of ['not json', '["Agency"]', '["Agency", 7]']) {
      const after = Buffer.from(key, 'utf8').toString('base64url');
      expectError(await app.gql(LIST, { after }, { token: admin.token }), 'BAD_USER_INPUT', 'after');
    }
  });
});

describe('updateAgency', () => {
  it('changes the given fields, bumps the version and records before and after', async () => {
    const agency = await newAgency({
      country: 'NO',
      organisationNumber: randomNumber('NO', 9),
      name: 'Before',
    });
    const updated = dataOf(
      await update(
        agency.id,
        { name: 'After', defaultVolumes: [{ driverCode: 'USERS', quantity: '12' }] },
        1,
        admin.token,
      ),
    ).updateAgency;
    expect(updated).toEqual({
      ...agency,
      name: 'After',
      defaultVolumes: [{ driverCode: 'USERS', quantity: '12' }],
      version: 2,
    });
    const events = await auditEventsOf(app, agency.id);
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE']);
    expect(events[1]).toMatchObject({
      before: { name: 'Before', version: 1 },
      after: { name: 'After', version: 2 },
    });
  });

  it('checks the organisation number again, also against a changed country', async () => {
    const agency = await newAgency({ country: 'DK', organisationNumber: randomCvr() });
    expectError(
      await update(agency.id, { organisationNumber: '10213232' }, 1, admin.token),
      'BAD_USER_INPUT',
      'input.organisationNumber',
    );
    expectError(
      await update(agency.id, { country: 'NO' }, 1, admin.token),
      'BAD_USER_INPUT',
      'input.organisationNumber',
    );
    const finnish = randomNumber('FI', 8);
    const moved = dataOf(
      await update(agency.id, { country: 'fi', organisationNumber: finnish }, 1, admin.token),
    );
    expect(moved.updateAgency).toMatchObject({
      country: 'FI',
      organisationNumber: `${finnish.slice(0, 7)}-${finnish.slice(7)}`,
      version: 2,
    });
  });

  it('checks default volumes given in an update, and those carried to another provider', async () => {
    const agency = await newAgency({
      country: 'DK',
      organisationNumber: randomCvr(),
      defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
    });
    expectError(
      await update(
        agency.id,
        { defaultVolumes: [{ driverCode: 'PAYSLIPS', quantity: '-600' }] },
        1,
        admin.token,
      ),
      'BAD_USER_INPUT',
      'input.defaultVolumes[0].quantity',
    );
    expectError(
      await update(agency.id, { defaultVolumes: [{ driverCode: 'NOPE', quantity: '1' }] }, 1, admin.token),
      'BAD_USER_INPUT',
      'input.defaultVolumes[0].driverCode',
    );
    // P-TWO has no catalogue in force: the volumes cannot go along, but the agency can move without them.
    expectError(
      await update(agency.id, { providerCode: 'P-TWO' }, 1, admin.token),
      'BAD_USER_INPUT',
      'input.defaultVolumes',
    );
    expect(
      dataOf(await update(agency.id, { providerCode: 'P-TWO', defaultVolumes: [] }, 1, admin.token))
        .updateAgency,
    ).toMatchObject({ providerCode: 'P-TWO', defaultVolumes: [], version: 2 });
  });

  it('keeps default volumes a newer catalogue no longer has when other fields change, but refuses setting them', async () => {
    const first = smallCatalogue({ providerCode: 'P-THREE' });
    first.drivers.push({
      code: 'HOURS',
      name: { en: 'Consulting hours per year' },
      unit: { en: 'hour' },
      integer: false,
    });
    await importPublished(app, admin.token, first, '2020-01-01');
    const agency = await newAgency({
      country: 'DK',
      organisationNumber: randomCvr(),
      providerCode: 'P-THREE',
      defaultVolumes: [{ driverCode: 'HOURS', quantity: '40' }],
    });
    // The next version, in force since 2021, counts payslips only.
    await importPublished(app, admin.token, smallCatalogue({ providerCode: 'P-THREE' }), '2021-01-01');
    expect(dataOf(await update(agency.id, { name: 'Renamed' }, 1, admin.token)).updateAgency).toMatchObject({
      name: 'Renamed',
      defaultVolumes: [{ driverCode: 'HOURS', quantity: '40' }],
      version: 2,
    });
    expectError(
      await update(agency.id, { defaultVolumes: [{ driverCode: 'HOURS', quantity: '45' }] }, 2, admin.token),
      'BAD_USER_INPUT',
      'input.defaultVolumes[0].driverCode',
    );
  });

  it('a stale expectedVersion is CONFLICT and changes nothing', async () => {
    const agency = await newAgency({ country: 'DK', organisationNumber: randomCvr() });
    dataOf(await update(agency.id, { name: 'First' }, 1, admin.token));
    const response = await update(agency.id, { name: 'Second' }, 1, admin.token);
    expectError(response, 'CONFLICT');
    expect(
      dataOf(await app.gql<{ agency: Agency }>(GET, { id: agency.id }, { token: admin.token })).agency,
    ).toMatchObject({ name: 'First', version: 2 });
  });

  it("managers edit their own centre's agencies but may not move them; other agencies are NOT_FOUND", async () => {
    const agency = await newAgency({ country: 'DK', organisationNumber: randomCvr(), providerCode: 'P-ONE' });
    expect(
      dataOf(await update(agency.id, { name: 'By manager' }, 1, managerOne.token)).updateAgency.version,
    ).toBe(2);
    expectError(await update(agency.id, { providerCode: 'P-TWO' }, 2, managerOne.token), 'FORBIDDEN');
    expectError(await update(agency.id, { name: 'Not yours' }, 2, managerTwo.token), 'NOT_FOUND');
    expectError(await update(agency.id, { name: 'Customer' }, 2, customer.token), 'FORBIDDEN');
    expectError(await update(agency.id, { name: 'Anonymous' }, 2), 'UNAUTHENTICATED');
    expect(
      dataOf(await update(agency.id, { providerCode: 'P-TWO' }, 2, admin.token)).updateAgency,
    ).toMatchObject({ providerCode: 'P-TWO', version: 3 });
  });

  it('of 20 concurrent updates with the same expectedVersion exactly one succeeds', async () => {
    const agency = await newAgency({ country: 'DK', organisationNumber: randomCvr() });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => update(agency.id, { name: `Editor ${i}` }, 1, admin.token)),
    );
    const winners = responses.filter((response) => response.data?.updateAgency);
    expect(winners).toHaveLength(1);
    expect(responses.filter((response) => response.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(
      19,
    );
    const stored = dataOf(
      await app.gql<{ agency: Agency }>(GET, { id: agency.id }, { token: admin.token }),
    ).agency;
    expect(stored).toMatchObject({ name: winners[0].data?.updateAgency.name, version: 2 });
    expect((await auditEventsOf(app, agency.id)).map((event) => event.action)).toEqual(['CREATE', 'UPDATE']);
  });
});

/** A random Danish CVR number that passes the check digit (so specs do not collide with each other). */
function randomCvr(): string {
  return randomNumber('DK', 8);
}

/** Random digits until they pass the country's check (about one try in eleven), as typed: digits only. */
function randomNumber(country: string, length: number): string {
  for (;;) {
    const digits =
      String(1 + Math.floor(Math.random() * 9)) +
      Array.from({ length: length - 1 }, () => Math.floor(Math.random() * 10)).join('');
    if (validateOrganisationNumber(country, digits).valid) return digits;
  }
}
