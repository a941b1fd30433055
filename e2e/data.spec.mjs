// Entities, bring-your-own-text, export and share, on the release build.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  BASE, DOC_IDS, SHOTS, watchErrors, expectNoSeriousA11yViolations, recordRequests, expectSameOrigin,
} from './helpers.mjs';

const HOSTILE = [
  'Maria Lopez told reporters in Lisbon on Monday that the talks would go on.',
  '',
  '<script>window.__xss=1</script>',
  '',
  'She added: <img src=x onerror="window.__xss=1"> and <a href="javascript:window.__xss=1">x</a> were fine.',
].join('\n');

async function ready(page) {
  await expect(page.locator('html')).toHaveAttribute('data-analysis', 'ready');
}

/** Light and dark, at 1280 px and at 390 px. */
async function shots(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}${name}-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openPanel(page) {
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('#add-article')).toBeVisible();
}

async function paste(page, text, title = '') {
  await openPanel(page);
  if (title) await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await ready(page);
}

test('the entity index links to an entity page with mentions in context', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  const requests = recordRequests(page);
  await page.goto(`${BASE}entities`);
  await ready(page);
  const rows = page.locator('.entity-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  // Most mentioned first.
  const totals = await page.locator('.entity-total').allInnerTexts();
  const n = totals.map((t) => Number.parseInt(t, 10));
  expect([...n].sort((a, b) => b - a)).toEqual(n);
  // Each bar carries its number as text.
  await expect(rows.first().locator('.bars .bar-count').first()).toHaveText(/^\d+$/);
  await shots(page, 'entities');
  await expectNoSeriousA11yViolations(page);

  // The type filter from the URL applies.
  await page.goto(`${BASE}entities?types=PERSON`);
  await ready(page);
  await expect(page.locator('.entity-row').first()).toBeVisible();
  const types = await page.locator('.entity-row .etype').allInnerTexts();
  expect(new Set(types)).toEqual(new Set(['PERSON']));

  const first = page.locator('.entity-row').first();
  const name = (await first.locator('.entity-name').innerText()).trim();
  await first.locator('.entity-name').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}entity/[^?]+\\?types=PERSON$`));
  await expect(page.locator('#entity-title')).toHaveText(name);
  const mention = page.locator('.kwic li mark.mention').first();
  await expect(mention).toBeVisible();
  // The mention sits in a window of its text.
  const line = await page.locator('.kwic li').first().innerText();
  expect(line.length).toBeGreaterThan((await mention.innerText()).length + 20);
  await expect(page.locator('.source-mentions').first()).toHaveAttribute('data-doc', /.+/);
  await shots(page, 'entity');
  await expectNoSeriousA11yViolations(page);
  expectSameOrigin(requests, baseURL);
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('an unknown entity id shows a notice and the page stays usable', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${BASE}entity/person%3Ano-such-one`);
  await ready(page);
  const panel = page.locator('.not-found');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('person:no-such-one');
  await panel.getByRole('link', { name: 'See all entities' }).click();
  await expect(page.locator('.entity-row').first()).toBeVisible();
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('a pasted article with markup is text only, persists, and can be removed', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const errors = watchErrors(page);
  await page.goto(BASE);
  await ready(page);
  // An empty paste is refused with a message and nothing changes.
  await openPanel(page);
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await expect(page.locator('.outcomes .error')).toContainText('empty');
  await shots(page, 'add-article');
  // The panel and the header only: the page under it is another spec's.
  await expectNoSeriousA11yViolations(page, ['#add-article', '.site-header']);

  await page.getByLabel('Title (optional)').fill('Hostile <b>title</b>');
  await page.getByLabel('Article text').fill(HOSTILE);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await expect(page.locator('.outcomes .ok')).toContainText('Added');
  await ready(page);
  console.log(`add article: pasted text analysed with the ${DOC_IDS.length} seeds in ${Date.now() - t0} ms (click to data-analysis=ready)`);
  const item = page.locator('.local-item');
  await expect(item).toHaveCount(1);
  const id = await item.getAttribute('data-doc');
  expect(id).toMatch(/^local-[0-9a-f]{12}$/);
  await expect(item.locator('a')).toHaveText('Hostile <b>title</b>');
  await expect(page.locator('.corpus-size')).toContainText(`${DOC_IDS.length + 1} articles (1 local)`);
  await ready(page);
  await shots(page, 'add-article-added');

  // The overview card and the reader mark it local and show the markup as text.
  await expect(page.locator(`.card[data-doc="${id}"]`)).toContainText(/local/i);
  await item.locator('a').click();
  await expect(page.locator('.reader')).toBeVisible();
  await expect(page.locator('.reader .meta').first()).toContainText('Local article');
  await expect(page.locator('.reader .text')).toContainText('Maria Lopez told reporters');
  // The reader's own labels (quote speakers, claim numbers) aside, the text is the pasted text.
  const text = await page.locator('.reader .text').evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.speaker, .mref').forEach((n) => n.remove());
    return copy.textContent;
  });
  // The cleaner cuts inline tags out of a paragraph (kept in the raw view); their words stay.
  expect(text).toContain('were fine');
  expect(text).not.toContain('onerror');
  await expect(page.locator('.reader img, .reader script, main a[href^="javascript:"]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Show raw file' }).click();
  await expect(page.locator('pre.raw')).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(page.locator('pre.raw')).toContainText('<a href="javascript:window.__xss=1">x</a>');
  // The cleaner drops a lone markup line as page chrome; the raw view still shows it, as text.
  await expect(page.locator('pre.raw')).toContainText('<script>window.__xss=1</script>');
  await expect(page.locator('pre.raw script, pre.raw img')).toHaveCount(0);
  await page.getByRole('link', { name: 'Show cleaned text' }).click();

  // Its entities join the index.
  await page.goto(`${BASE}entities?q=lopez`);
  await ready(page);
  await expect(page.locator('.entity-row').first()).toBeVisible();
  await page.locator('.entity-row .entity-name').first().click();
  await expect(page.locator(`.source-mentions[data-doc="${id}"] .badge.local`)).toBeVisible();

  // Kept across a reload.
  await page.reload();
  await ready(page);
  await openPanel(page);
  await expect(page.locator(`.local-item[data-doc="${id}"]`)).toBeVisible();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();

  // Removed, and still gone after a reload.
  await page.getByRole('button', { name: /^Remove/ }).click();
  await expect(page.locator('.local-item')).toHaveCount(0);
  await expect(page.locator('.corpus-size')).toHaveText(`${DOC_IDS.length} articles`);
  await page.reload();
  await ready(page);
  await expect(page.locator('.corpus-size')).toHaveText(`${DOC_IDS.length} articles`);
  expect(await page.evaluate(() => localStorage.getItem('parallax.local.v1'))).toBeNull();

  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('files are validated like seeds: bad ones get a message, good ones are added', async ({ page }) => {
  await page.goto(BASE);
  await ready(page);
  await openPanel(page);
  await page.locator('#local-files').setInputFiles([
    { name: 'good.txt', mimeType: 'text/plain', buffer: Buffer.from('Ana Costa spoke in Porto on Friday.\n') },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
    { name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n\n') },
  ]);
  await expect(page.locator('.outcomes li')).toHaveCount(3);
  await expect(page.locator('.outcomes .ok')).toContainText('good.txt');
  await expect(page.locator('.outcomes .error').filter({ hasText: 'latin1.txt' })).toContainText('UTF-8');
  await expect(page.locator('.outcomes .error').filter({ hasText: 'blank.txt' })).toContainText('empty');
  await expect(page.locator('.local-item')).toHaveCount(1);
  // A paste that fails keeps its text in the box.
  await page.getByLabel('Article text').fill('Ana Costa spoke in Porto on Friday.\n');
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await expect(page.locator('.outcomes .error')).toContainText('already added');
  await expect(page.getByLabel('Article text')).toHaveValue('Ana Costa spoke in Porto on Friday.\n');
});

test('full storage: a clear message, and the article works for the session', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const errors = watchErrors(page);
  await page.goto(BASE);
  await ready(page);
  await paste(page, 'Jonas Berg visited Oslo on Tuesday and met officials there.\n', 'Full storage');
  await expect(page.locator('.storage-problem')).toContainText('storage is full');
  await expect(page.locator('.local-item')).toHaveCount(1);
  await shots(page, 'add-article-storage-full');
  await page.locator('.local-item a').click();
  await expect(page.locator('.reader')).toContainText('Jonas Berg visited Oslo');
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('disabled storage: the app loads and local articles work for the session', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  const errors = watchErrors(page);
  await page.goto(BASE);
  await expect(page.locator('.card')).toHaveCount(DOC_IDS.length);
  await ready(page);
  await paste(page, 'Lena Voss spoke in Hamburg on Sunday.\n');
  await expect(page.locator('.storage-problem')).toContainText('disabled');
  await expect(page.locator('.local-item')).toHaveCount(1);
  await expect(page.locator('.card')).toHaveCount(DOC_IDS.length + 1);
  await page.goto(`${BASE}entities`);
  await ready(page);
  await expect(page.locator('.entity-row').first()).toBeVisible();
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('Download JSON has the CLI schema and the local article; CSV has a column per source', async ({ page }) => {
  await page.goto(BASE);
  await ready(page);
  await paste(page, 'Tomas Ruiz arrived in Madrid on Monday for the summit.\n', 'Local one');
  await expect(page.locator('.local-item')).toHaveCount(1);
  const id = await page.locator('.local-item').getAttribute('data-doc');

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('parallax-analysis.json');
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  for (const key of ['documents', 'entities', 'quotes', 'claims', 'entity_index']) {
    expect(Array.isArray(data[key]), key).toBe(true);
  }
  expect(data.documents.map((d) => d.id)).toEqual([...DOC_IDS, id]);
  const local = data.documents.find((d) => d.id === id);
  expect(local.local).toBe(true);
  expect(local.title).toBe('Local one');
  expect(data.entities.some((m) => m.doc === id)).toBe(true);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('parallax-claims.csv');
  const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(lines[0]).toBe(['claim_id', 'label', 'coverage', ...DOC_IDS, id].join(','));
  // One row per claim in the JSON, then the final line break.
  expect(lines.length).toBe(data.claims.length + 2);
});

test('Copy link puts the current URL, query included, on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const url = `${BASE}entities?types=PERSON&q=a`;
  await page.goto(url);
  await ready(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const status = page.locator('.tool-status');
  await expect(status).toHaveText(/Link copied|Copy the selected link/);
  if ((await status.innerText()).startsWith('Link copied')) {
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  } else {
    await expect(page.locator('.copy-fallback input')).toHaveValue(page.url());
  }
  expect(page.url()).toContain('?types=PERSON&q=a');
});

test('without a clipboard, Copy link shows the link selected for a manual copy', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  await page.goto(`${BASE}read/${DOC_IDS[0]}?view=raw`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const input = page.locator('.copy-fallback input');
  await expect(input).toHaveValue(page.url());
  await expect(input).toBeFocused();
  const selected = await input.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(page.url());
  await expect(page.locator('.tool-status')).toHaveText('Copy the selected link (Ctrl+C)');
});

test('a dropped .txt file is added; the panel is keyboard-operable and Escape closes it', async ({ page }) => {
  await page.goto(`${BASE}entities`);
  await ready(page);
  // Keyboard only: focus the toggle, open, the text box gets focus, Escape returns to the toggle.
  await page.locator('#add-article-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#add-article-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Article text')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#add-article')).toHaveCount(0);
  await expect(page.locator('#add-article-toggle')).toBeFocused();
  await expect(page.locator('#add-article-toggle')).toHaveAttribute('aria-expanded', 'false');

  await openPanel(page);
  await page.locator('.drop').evaluate((zone) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Nina Holm arrived in Bergen on Thursday.\n'], 'dropped.txt', { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.locator('.outcomes .ok')).toContainText('dropped.txt');
  await expect(page.locator('.local-item')).toHaveCount(1);
  await ready(page);
  await expect(page.locator('.corpus-size')).toContainText('(1 local)');
});
