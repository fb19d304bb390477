import type { Page } from 'playwright-core';
import { plain } from './pages.js';

export interface ConfigurationInput {
  providerCode: string;
  catalogueVersion?: number;
  servicePackageCode?: string | null;
  serviceCodes?: string[];
  serviceLevelCode?: string | null;
  volumes?: Array<{ driverCode: string; quantity: string }>;
  contractYears?: number;
  startDate?: string;
}

export interface Totals {
  monthly: string;
  firstYear: string;
  contractTotal: string;
}

/** Asks the API itself — as any GraphQL consumer would — to price a configuration. */
export async function apiPrice(
  url: string,
  input: ConfigurationInput,
): Promise<{ totals: Totals; valid: boolean }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query Price($input: ConfigurationInput!) { priceConfiguration(input: $input) { valid totals { monthly firstYear contractTotal } } }',
      variables: { input },
    }),
  });
  const body = (await response.json()) as {
    data?: { priceConfiguration: { totals: Totals; valid: boolean } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`priceConfiguration failed: ${JSON.stringify(body.errors)}`);
  return body.data.priceConfiguration;
}

/** An API amount as the English interface shows it ("DKK 12,345.60"). */
export function shownAs(amount: string, currency: string): string {
  const digits = currency === 'ISK' ? 0 : 2;
  const format = new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // A decimal string is formatted exactly by Intl (ES2023); the cast only satisfies this project's ES2022 lib.
  return plain(format.format(amount as unknown as number));
}

/** The three totals the configurator shows, as text. */
export async function shownTotals(page: Page): Promise<Totals> {
  const read = async (id: string) => plain(await page.locator(`#${id}`).textContent());
  return {
    monthly: await read('total-monthly'),
    firstYear: await read('total-first-year'),
    contractTotal: await read('total-contract'),
  };
}

/** Waits until the API has confirmed the browser's price for the current configuration. */
export async function waitForConfirmation(page: Page): Promise<void> {
  await page.getByText('Confirmed by the centre’s price service.').waitFor({ timeout: 10_000 });
}
