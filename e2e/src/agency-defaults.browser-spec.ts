import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { pageViolations, wcagViolations } from './support/axe.js';
import { pageErrors } from './support/pages.js';
import { waitForConfirmation } from './support/pricing.js';
import {
  api,
  apiLogin,
  CUSTOMER,
  MANAGER,
  openSignedIn,
  SESSION_KEY,
  type Login,
} from './support/demo-api.js';

/** The demo agency of SA-DK, whose user is the demo customer. */
const AGENCY = 'Eksempelstyrelsen';
/** What the account manager sets: the drivers of SA-DK's payroll package, and advisory hours. */
const DEFAULTS = [
  { driverCode: 'PAYSLIPS', quantity: '600' },
  { driverCode: 'REFUNDS', quantity: '20' },
  { driverCode: 'ONACCOUNT_PAYMENTS', quantity: '5' },
  { driverCode: 'HOURS', quantity: '12.5' },
];
const HINT = `The volumes are filled in from the default volumes of ${AGENCY}. Change them as you need.`;

interface Agency {
  id: string;
  version: number;
  defaultVolumes: Array<{ driverCode: string; quantity: string }>;
}

/** The demo agency as the account manager reads it through the API. */
async function theAgency(url: string, manager: Login): Promise<Agency> {
  const { agencies } = await api<{ agencies: { edges: Array<{ node: Agency & { name: string } }> } }>(
    url,
    'query { agencies(providerCode: "SA-DK", first: 100) { edges { node { id name version defaultVolumes { driverCode quantity } } } } }',
    {},
    manager.token,
  );
  const found = agencies.edges.find((edge) => edge.node.name === AGENCY)?.node;
  if (!found) throw new Error(`No agency ${AGENCY}`);
  return found;
}

/** The texts the element's aria-describedby points at, as a screen reader reads its description. */
function description(field: Locator): Promise<string> {
  return field.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe.runIf(browserAvailable())('agency default volumes in Chromium', () => {
  const running = useAppInBrowser();

  it('an account manager sets the agency’s default volumes; a quantity the API refuses is shown at its field', async () => {
    const manager = await apiLogin(running.app.url, MANAGER);
    const page = await openSignedIn(running.browser, `${running.app.url}/manage/agencies`, manager);
    await page.getByRole('link', { name: AGENCY }).click();
    await page.getByRole('heading', { level: 1, name: `Agency ${AGENCY}` }).waitFor();
    const volumes = page.getByRole('group', { name: /^Default volumes/ });
    const payslips = volumes.getByRole('textbox', { name: 'Payslips per month' });
    await payslips.waitFor();
    // Payslips are counted in whole units: the API refuses 600.5, at that field.
    await payslips.fill('600.5');
    await volumes.getByRole('textbox', { name: 'Refund claims per month' }).fill('20');
    await volumes.getByRole('textbox', { name: 'On-account payments per month' }).fill('5');
    await volumes.getByRole('textbox', { name: 'Consulting hours per year' }).fill('12.5');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.locator('ds-error-summary').waitFor();
    expect(await payslips.getAttribute('aria-invalid')).toBe('true');
    expect(await description(payslips)).toContain(
      'quantity must be a whole number: PAYSLIPS counts whole units.',
    );
    expect(await wcagViolations(page)).toEqual([]);

    await payslips.fill('600');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`The changes to ${AGENCY} were saved.`).waitFor();
    expect(await payslips.getAttribute('aria-invalid')).not.toBe('true');
    expect((await theAgency(running.app.url, manager)).defaultVolumes).toEqual(DEFAULTS);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('the agency’s customer then starts a configuration with those volumes, and is told where they come from', async () => {
    const manager = await apiLogin(running.app.url, MANAGER);
    const agency = await theAgency(running.app.url, manager);
    if (agency.defaultVolumes.length === 0) {
      // Run alone: the account manager's step, through the API.
      await api(
        running.app.url,
        'mutation ($id: ID!, $input: UpdateAgencyInput!, $v: Int!) { updateAgency(id: $id, input: $input, expectedVersion: $v) { id } }',
        { id: agency.id, input: { defaultVolumes: DEFAULTS }, v: agency.version },
        manager.token,
      );
    }
    const customer = await apiLogin(running.app.url, CUSTOMER);
    const page = await openSignedIn(running.browser, `${running.app.url}/centres/SA-DK/configure`, customer);
    await page.getByRole('radio', { name: 'Payroll', exact: true }).check();
    const field = (name: string) => page.getByRole('textbox', { name });
    expect(await field('Payslips per month').inputValue()).toBe('600');
    expect(await field('Refund claims per month').inputValue()).toBe('20');
    expect(await field('On-account payments per month').inputValue()).toBe('5');
    const hint = page.getByText(HINT);
    await hint.waitFor();
    // Filled in after the page showed: the hint sits in a polite live region, so it is announced.
    expect(await hint.evaluate((element) => element.closest('[role="status"]') !== null)).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('volume.PAYSLIPS')).toBe('600');
    await waitForConfirmation(page);
    expect(await pageViolations(page)).toEqual([]);

    // What the customer types is theirs: the hint goes, the address keeps the new figure.
    await field('Payslips per month').fill('650');
    await expect.poll(() => hint.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('volume.PAYSLIPS')).toBe('650');
    expect(pageErrors(page)).toEqual([]);
    await page.close();

    // An anonymous visitor starts with empty volumes (the customer's session is dropped before the app starts).
    const anonymous = await running.browser.context.newPage();
    await anonymous.addInitScript((key) => window.localStorage.removeItem(key), SESSION_KEY);
    await anonymous.goto(`${running.app.url}/centres/SA-DK/configure?package=LON`);
    await anonymous.getByRole('textbox', { name: 'Payslips per month' }).waitFor();
    expect(await anonymous.getByRole('textbox', { name: 'Payslips per month' }).inputValue()).toBe('');
    expect(await anonymous.getByText(HINT).count()).toBe(0);
    await anonymous.close();
  });
});
