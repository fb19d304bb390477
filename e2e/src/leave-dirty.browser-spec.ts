import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable } from './support/chromium.js';
import { useAppInBrowser } from './support/app-in-browser.js';
import { openPage, pageErrors, plain } from './support/pages.js';
import { MANAGER, PASSWORD } from './support/demo-api.js';

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.runIf(browserAvailable())('leaving a form with unsaved changes, in Chromium', () => {
  const running = useAppInBrowser();

  it('keeps Save in view on the long service editor and asks before leaving it with changes', async () => {
    const page = await openPage(running.browser.context, `${running.app.url}/manage`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, MANAGER);
    await page.getByRole('button', { name: 'Start a draft' }).click();
    await page.getByRole('heading', { level: 1, name: /^Draft version 2 of/ }).waitFor();
    await page.getByRole('link', { name: 'Payroll and refund service' }).click();
    const unitPrice = page
      .getByRole('group', { name: 'Price component 2', exact: true })
      .getByRole('textbox', { name: 'Price per unit (DKK)' });
    await unitPrice.waitFor();

    // The save bar sits at the bottom of the view while the top of the long form is shown.
    await page.evaluate(() => window.scrollTo(0, 0));
    const save = page.getByRole('button', { name: 'Save', exact: true });
    const box = await save.boundingBox();
    const height = await page.evaluate(() => window.innerHeight);
    const formHeight = await page.locator('form.item-form').evaluate((form) => form.scrollHeight);
    expect(formHeight).toBeGreaterThan(height);
    expect(box && box.y + box.height <= height && box.y >= 0).toBe(true);
    const state = page.locator('.form-actions').getByRole('status');
    expect(plain(await state.textContent())).toBe('No unsaved changes');

    await unitPrice.fill('40.00');
    expect(plain(await state.textContent())).toBe('Unsaved changes');
    await page.getByRole('link', { name: 'Back to the draft' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await unitPrice.inputValue()).toBe('40.00');
    expect(new URL(page.url()).pathname).toMatch(/\/services\//);

    await page.getByRole('link', { name: 'Back to the draft' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { level: 1, name: /^Draft version 2 of/ }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
