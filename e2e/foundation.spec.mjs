// The foundation: pages render from the embedded seeds under a sub-path,
// deep links work when opened directly, history works, unknown ids are named.
import { test, expect } from '@playwright/test';
import {
  BASE, DOC_IDS, recordRequests, expectSameOrigin, watchErrors, expectNoSeriousA11yViolations, shot,
} from './helpers.mjs';

test('overview lists every article of the corpus', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  const errors = watchErrors(page);
  await page.goto(BASE);
  const cards = page.locator('.card');
  await expect(cards).toHaveCount(DOC_IDS.length);
  for (const id of DOC_IDS) {
    await expect(page.locator(`.card[data-doc="${id}"] h2 a`)).not.toBeEmpty();
  }
  await expect(page.locator('.card').first()).toContainText('words');
  await shot(page, 'overview');
  await expectNoSeriousA11yViolations(page);
  expectSameOrigin(requests, baseURL);
  expect(errors).toEqual([]);
});

test('a compare deep link opened directly renders both articles', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  const [a, b] = DOC_IDS;
  const response = await page.goto(`${BASE}compare/${a}/${b}`);
  // Served by the 404.html fallback, as on GitHub Pages.
  expect(response.status()).toBe(404);
  await expect(page.locator(`.column[data-doc="${a}"]`)).toBeVisible();
  await expect(page.locator(`.column[data-doc="${b}"]`)).toBeVisible();
  await expect(page.locator('.column .text p').first()).not.toBeEmpty();
  await shot(page, 'compare');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Swap sides' }).click();
  await expect(page).toHaveURL(`${baseURL}${BASE}compare/${b}/${a}`);
  await expect(page.locator('.column').first()).toHaveAttribute('data-doc', b);
  expectSameOrigin(requests, baseURL);
});

test('reader shows the cleaned text and toggles the raw file', async ({ page, baseURL }) => {
  const id = DOC_IDS[0];
  await page.goto(`${BASE}read/${id}`);
  await expect(page.locator('.reader h1')).not.toBeEmpty();
  const text = page.locator('.reader .text');
  await expect(text).toBeVisible();
  await shot(page, 'read');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Show raw file' }).click();
  await expect(page).toHaveURL(`${baseURL}${BASE}read/${id}?view=raw`);
  await expect(page.locator('pre.raw')).toBeVisible();
  await shot(page, 'read-raw');
  await page.goBack();
  await expect(page.locator('.reader .text')).toBeVisible();
});

test('back and forward move through visited pages', async ({ page, baseURL }) => {
  const [a] = DOC_IDS;
  await page.goto(BASE);
  await page.locator(`.card[data-doc="${a}"] h2 a`).click();
  await expect(page).toHaveURL(`${baseURL}${BASE}read/${a}`);
  await expect(page.locator('.reader')).toBeVisible();
  await page.goBack();
  await expect(page.locator('.card')).toHaveCount(DOC_IDS.length);
  await page.goForward();
  await expect(page.locator('.reader')).toBeVisible();
  // Reloading a deep link keeps the page.
  await page.reload();
  await expect(page.locator('.reader')).toBeVisible();
});

test('an unknown id shows the not-found panel listing what exists', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${BASE}read/no-such-article`);
  const panel = page.locator('.not-found');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('no-such-article');
  await expect(panel.locator('.doc-list li')).toHaveCount(DOC_IDS.length);
  await shot(page, 'not-found');
  await expectNoSeriousA11yViolations(page);

  await page.goto(`${BASE}compare/${DOC_IDS[0]}/nope`);
  await expect(page.locator('.not-found')).toContainText('nope');
  await page.goto(`${BASE}no/such/page`);
  await expect(page.locator('.not-found')).toBeVisible();
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('bad query values are shown as a notice and ignored', async ({ page }) => {
  await page.goto(`${BASE}read/${DOC_IDS[0]}?view=sideways&zzz=1`);
  await expect(page.locator('.notice')).toContainText('view');
  await expect(page.locator('.reader .text')).toBeVisible();
});
