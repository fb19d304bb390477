import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** DESIGN "Limits at every entry point", HTTP: the policy, exactly as written there. */
const CSP =
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const html = { accept: 'text/html,application/xhtml+xml' };

function securityHeaders(response: Response): Record<string, string | null> {
  const read = (name: string) => response.headers.get(name);
  return {
    csp: read('content-security-policy'),
    nosniff: read('x-content-type-options'),
    referrer: read('referrer-policy'),
    frame: read('x-frame-options'),
    hsts: read('strict-transport-security'),
  };
}

const expected = { csp: CSP, nosniff: 'nosniff', referrer: 'strict-origin-when-cross-origin', frame: 'DENY' };

function postQuery(url: string, query: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

describe('security headers on every response', () => {
  let root: string;
  let running: TestApp;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sk-web-headers-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.info("app")');
    running = await startTestApp({ trustProxy: 0 }, { webRoot: root });
  });

  afterAll(async () => {
    await running?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the policy, nosniff and the referrer policy with the web app at / — and no HSTS without a proxy', async () => {
    const page = await fetch(`${running.url}/`, { headers: html });
    expect(page.status).toBe(200);
    expect(securityHeaders(page)).toEqual({ ...expected, hsts: null });
  });

  it('sends them with client routes, the app’s files, a missing file and health', async () => {
    const responses = [
      await fetch(`${running.url}/centres/SA-DK/configure`, { headers: html }),
      await fetch(`${running.url}/assets/app.js`),
      await fetch(`${running.url}/assets/missing.js`),
      await fetch(`${running.url}/healthz`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404, 200]);
    for (const response of responses) expect(securityHeaders(response)).toEqual({ ...expected, hsts: null });
  });

  it('sends them with GraphQL answers and GraphQL errors', async () => {
    const answer = await postQuery(running.url, '{ __typename }');
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    expect(securityHeaders(answer)).toEqual({ ...expected, hsts: null });
    const error = await postQuery(running.url, '{ nope }');
    expect(error.status).toBe(400);
    expect(securityHeaders(error)).toEqual({ ...expected, hsts: null });
  });

  it('keeps the strict policy on GET /graphql when there is no sandbox page', async () => {
    const landing = await fetch(`${running.url}/graphql`, { headers: html });
    expect(landing.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(securityHeaders(landing)).toEqual({ ...expected, hsts: null });
  });
});

describe('behind a proxy that ends TLS (TRUST_PROXY > 0)', () => {
  let running: TestApp;

  beforeAll(async () => {
    running = await startTestApp({ trustProxy: 1 });
  });

  afterAll(async () => {
    await running?.close();
  });

  it('adds Strict-Transport-Security to the other headers', async () => {
    const response = await postQuery(running.url, '{ __typename }');
    expect(securityHeaders(response)).toEqual({ ...expected, hsts: 'max-age=31536000; includeSubDomains' });
  });
});

describe('the Apollo Sandbox page in local mode', () => {
  let running: TestApp;

  beforeAll(async () => {
    running = await startTestApp({ sandbox: true });
  });

  afterAll(async () => {
    await running?.close();
  });

  it('gets a header that still forbids framing but leaves scripts and styles to the page’s own nonce policy', async () => {
    const page = await fetch(`${running.url}/graphql`, { headers: html });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('embeddableSandbox');
    // The page's own policy: Apollo's CDN scripts under a nonce, no inline script without it.
    expect(text).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-[0-9a-f]+'/,
    );
    expect(securityHeaders(page)).toEqual({
      ...expected,
      csp: "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      hsts: null,
    });
  });

  it('keeps the strict policy on every other response, GraphQL over GET included', async () => {
    const answer = await fetch(`${running.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    expect(securityHeaders(answer)).toEqual({ ...expected, hsts: null });
    const post = await postQuery(running.url, '{ __typename }');
    expect(securityHeaders(post)).toEqual({ ...expected, hsts: null });
  });
});
