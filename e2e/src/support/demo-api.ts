import type { Page } from 'playwright-core';
import type { Browser } from './chromium.js';
import { openPage } from './pages.js';

export const PASSWORD = 'servicekatalog-demo';
export const MANAGER = 'manager.sa-dk@demo.servicekatalog.example';
export const CUSTOMER = 'kunde@eksempelstyrelsen.example';
export const ADMIN = 'admin@demo.servicekatalog.example';
/** Where the web app keeps the signed-in session in localStorage. */
export const SESSION_KEY = 'servicekatalog.session';

/** Demo users and API calls the browser tests set their scenes with. */

/** Calls the API as any GraphQL consumer would; fails the test on errors. */
export async function api<T>(url: string, query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`API call failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface Login {
  token: string;
  user: Record<string, unknown>;
}

/** Signs in through the API's `login` (the token the web app would keep). */
export async function apiLogin(url: string, email: string): Promise<Login> {
  const { login } = await api<{ login: Login }>(
    url,
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) {
       token user { id email name role providerCode agency { id name } locale mustChangePassword } } }`,
    { email, password: PASSWORD },
  );
  return login;
}

export interface SavedQuote {
  id: string;
  reference: string;
  version: number;
}

/** A quote of the SA-DK demo agency: the payroll package with its volumes, three years. */
export async function saveQuote(url: string, token: string, name: string): Promise<SavedQuote> {
  const { saveQuote: quote } = await api<{ saveQuote: SavedQuote }>(
    url,
    'mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { id reference version } }',
    {
      input: {
        name,
        configuration: {
          providerCode: 'SA-DK',
          servicePackageCode: 'LON',
          volumes: [
            { driverCode: 'PAYSLIPS', quantity: '600' },
            { driverCode: 'REFUNDS', quantity: '10' },
            { driverCode: 'ONACCOUNT_PAYMENTS', quantity: '2' },
          ],
          contractYears: 3,
        },
      },
    },
    token,
  );
  return quote;
}

/** Saves and submits a quote, as the agency would. */
export async function submittedQuote(url: string, token: string, name: string): Promise<SavedQuote> {
  const quote = await saveQuote(url, token, name);
  const { submitQuote } = await api<{ submitQuote: SavedQuote }>(
    url,
    'mutation ($id: ID!, $expectedVersion: Int!) { submitQuote(id: $id, expectedVersion: $expectedVersion) { id reference version } }',
    { id: quote.id, expectedVersion: quote.version },
    token,
  );
  return submitQuote;
}

/** Opens `url` already signed in (the session as the web app keeps it in localStorage). */
export function openSignedIn(browser: Browser, url: string, login: Login, language = 'en'): Promise<Page> {
  const session = JSON.stringify({ token: login.token, user: login.user });
  return openPage(browser.context, url, language, { [SESSION_KEY]: session });
}

/** Today + `days` as a calendar date in UTC ("2027-01-31"). */
export function isoDate(days: number, from = new Date()): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}
