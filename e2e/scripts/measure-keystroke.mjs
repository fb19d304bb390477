// Measures, in Chromium, how long the configurator takes from a keystroke in a volume field to the
// updated total on the page: median and p95 over 100 keystrokes (after 10 warm-up ones).
// Run `npm run build` at the repository root first, then `npm run bench:keystroke -w e2e`
// (E2E_APP_URL=http://… measures an app that is already running instead of starting the built one).
/* global document, window, MutationObserver, requestAnimationFrame -- used inside page.evaluate, which runs in the page */
import { launchBrowser } from '../src/support/chromium.ts';
import { startBuiltApp } from '../src/support/server.ts';

const WARM_UP = 10;
const KEYSTROKES = 100;
const say = (line) => process.stdout.write(`${line}\n`);

const app = await startBuiltApp();
const browser = await launchBrowser('en-GB');
try {
  const page = await browser.context.newPage();
  await page.goto(
    `${app.url}/centres/SA-DK/configure?package=REGNSKAB&volume.INVOICES_OUT=100&volume.INVOICES_IN=1`,
  );
  const field = page.getByRole('textbox', { name: 'Purchase invoices per month' });
  await field.waitFor();
  await page.locator('#total-monthly').waitFor();
  await field.focus();
  await page.keyboard.press('End');

  // In the page: each keydown in the field stamps the time; the next change of the monthly total
  // resolves `window.__keystroke` with the time to that DOM update and to the frame after it.
  await page.evaluate(() => {
    const total = document.getElementById('total-monthly');
    const input = document.activeElement;
    let pending = null;
    input.addEventListener(
      'keydown',
      (event) => {
        if (pending) pending.start = event.timeStamp;
      },
      true,
    );
    new MutationObserver(() => {
      if (!pending || pending.start === undefined) return;
      const current = pending;
      pending = null;
      const updated = performance.now() - current.start;
      requestAnimationFrame(() =>
        setTimeout(() => current.resolve({ updated, painted: performance.now() - current.start }), 0),
      );
    }).observe(total, { childList: true, characterData: true, subtree: true });
    window.__arm = () => {
      window.__keystroke = new Promise((resolve) => {
        pending = { resolve, start: undefined };
      });
    };
  });

  const samples = [];
  for (let i = 0; i < WARM_UP + KEYSTROKES; i += 1) {
    await page.evaluate(() => window.__arm());
    // Alternate: "1" → "12" → "1" …, so every keystroke changes the price.
    await page.keyboard.press(i % 2 === 0 ? '2' : 'Backspace');
    const sample = await page.evaluate(() => window.__keystroke);
    if (i >= WARM_UP) samples.push(sample);
  }

  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
  };
  say(
    `Keystroke → updated total in Chromium (${KEYSTROKES} keystrokes, browser-side pricing with the shared engine):`,
  );
  say(`  DOM updated:         ${stats(samples.map((s) => s.updated))}`);
  say(`  next frame painted:  ${stats(samples.map((s) => s.painted))}`);
} finally {
  await browser.close();
  await app.stop();
}
