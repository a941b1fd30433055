// Who said it and what the engine derived, as the explorer shows them:
// speaker tags link to the speaker's entity page, which lists their
// quotations and leads back to each one; titles made from the lead and
// missing dates say so. Expectations come from the page's own data (the
// reader's tags, the JSON export), never from hard-coded results.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BASE, DOC_IDS, SHOTS, watchErrors, expectNoSeriousA11yViolations } from './helpers.mjs';

const ready = (page) => expect(page.locator('html')).toHaveAttribute('data-analysis', 'ready');

// No headline (long sentences only) and no date anywhere in it.
const UNDATED_LEAD = [
  'The harbour committee met on a wet morning and agreed, after a long debate that ran well past noon, to publish its full report on the old pier next spring.',
  '',
  'Members said the delay would allow more evidence to be heard before any final decision on repairs was taken by the town council.',
].join('\n');

async function paste(page, text, title = '') {
  if (!(await page.locator('#add-article').isVisible())) {
    await page.getByRole('button', { name: 'Add article' }).click();
  }
  const items = page.locator('.local-item');
  const before = await items.count();
  if (title) await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await expect(items).toHaveCount(before + 1);
  await ready(page);
  return items.nth(before).getAttribute('data-doc');
}

/** Light and dark, at 1280 px and at 390 px, of the viewport (not the whole page). */
async function shots(page, name, focus = null) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      if (focus) await focus.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${SHOTS}${name}-${width}-${scheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The first article whose reader shows a speaker tag that links somewhere. */
async function firstLinkedSpeaker(page) {
  for (const id of DOC_IDS) {
    await page.goto(`${BASE}read/${id}`);
    await ready(page);
    const tag = page.locator('.highlighted a.speaker').first();
    if (await tag.count()) return { doc: id, tag };
  }
  test.skip(true, 'the engine attributes no quotation in this corpus to a named speaker');
}

test('a speaker tag links to the entity page, which lists every quotation of that speaker and leads back to each', async ({ page }) => {
  const errors = watchErrors(page);
  const { doc, tag } = await firstLinkedSpeaker(page);
  const entity = await tag.getAttribute('data-entity');
  const name = await tag.getAttribute('data-speaker');
  const anchor = await tag.getAttribute('id');
  expect(anchor).toMatch(/^quote-\d+$/);
  // A named tag, to assistive technology as well.
  await expect(tag).toHaveAccessibleName(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // Quotations attributed to no one carry no link.
  await expect(page.locator('.highlighted a.speaker.none')).toHaveCount(0);
  await shots(page, 'reader-speaker', tag);

  // What the readers say this speaker said, source by source.
  const expected = [];
  for (const id of DOC_IDS) {
    await page.goto(`${BASE}read/${id}`);
    await ready(page);
    const ids = await page.locator(`.highlighted a.speaker[data-entity="${entity}"]`)
      .evaluateAll((as) => as.map((a) => a.id));
    for (const q of ids) expected.push(`${id}#${q}`);
  }
  expect(expected).toContain(`${doc}#${anchor}`);

  await page.goto(`${BASE}read/${doc}`);
  await ready(page);
  await page.locator(`[id="${anchor}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}entity/${encodeURIComponent(entity).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('#entity-title')).toHaveText(name);
  const items = page.locator('.entity-quotes .quote-group li');
  await expect(items.first()).toBeVisible();
  // The entity page and the readers agree quotation by quotation (up to the page's cap).
  const listed = await page.locator('.entity-quotes a.in-reader').evaluateAll((as) => as.map((a) => {
    const u = new URL(a.href);
    return `${decodeURIComponent(u.pathname.split('/read/')[1])}${u.hash}`;
  }));
  expect(listed).toEqual(expected.slice(0, listed.length));
  if (expected.length <= 40) expect(listed.length).toBe(expected.length);
  // Each source is named once (key and title), above its quoted words.
  const groups = page.locator('.entity-quotes .quote-group');
  for (const g of await groups.all()) {
    await expect(g.locator('.quote-source .src-key')).toHaveText(/^[A-Z]+$/);
    await expect(g.locator('.quote-source .doc-title')).not.toBeEmpty();
    const words = await g.locator('blockquote').evaluateAll((bs) => bs.map((b) => {
      const copy = b.cloneNode(true);
      copy.querySelectorAll('.in-reader').forEach((a) => a.remove());
      return copy.textContent.replace(/[“”\s]/g, '');
    }));
    for (const w of words) expect(w.length).toBeGreaterThan(0);
  }
  const groupDocs = await groups.evaluateAll((gs) => gs.map((g) => g.dataset.doc));
  expect(new Set(groupDocs).size).toBe(groupDocs.length);
  await shots(page, 'entity-quotes', page.locator('#quotes-title'));
  await expectNoSeriousA11yViolations(page, ['.entity-page']);

  // "Read it in the article" opens the reader at that quotation, marked and in view.
  const back = page.locator(`.entity-quotes a.in-reader[href$="#${anchor}"]`).first();
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/read/${doc}.*#${anchor}$`));
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toHaveAttribute('data-target', '');
  await expect(target).toBeInViewport();
  // Deep links are served by 404.html with status 404 (GitHub Pages): that one is expected.
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('titles made from the lead and missing dates are shown as such, as the export records them', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(BASE);
  await ready(page);
  const local = await paste(page, UNDATED_LEAD);
  const typed = await paste(page, 'Tomas Ruiz arrived in Madrid for the summit.\n', 'Typed by the reader');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const byId = Object.fromEntries(data.documents.map((d) => [d.id, d]));
  expect(byId[local].title_kind).toBe('lead');
  expect(byId[local].date).toBeNull();
  // A title the reader typed counts as given, as front matter does.
  expect(byId[typed].title_kind).toBe('front-matter');

  // Every card agrees with the export: a derived title is labelled, a missing date says so.
  const cards = page.getByTestId('doc-card');
  await expect(cards).toHaveCount(data.documents.length);
  for (const d of data.documents) {
    const card = page.locator(`.card[data-doc="${d.id}"]`);
    const title = card.locator('h2 .doc-title');
    if (d.title_kind === 'lead') {
      await expect(title).toHaveAttribute('data-title-kind', 'derived');
      await expect(title).toHaveText(`From the lead: ${d.title}`);
    } else if (d.title_kind === 'file-name') {
      await expect(title).toHaveText(`File name: ${d.title}`);
    } else {
      await expect(title).toHaveAttribute('data-title-kind', 'given');
      await expect(title).toHaveText(d.title);
    }
    if (d.date === null) {
      await expect(card.locator('.m-missing')).toHaveText('no date stated');
    } else {
      await expect(card.locator('.m-date')).toHaveText(d.date);
      await expect(card.locator('.m-missing')).toHaveCount(0);
    }
    if (d.outlet) await expect(card.locator('.m-outlet')).toContainText(d.outlet);
  }
  await shots(page, 'cards-derived', page.locator('.cards'));
  await expectNoSeriousA11yViolations(page, ['.cards']);

  // The reader's heading and the compare header say the same.
  await page.locator(`.card[data-doc="${local}"] h2 a`).click();
  await expect(page.locator('.reader h1')).toHaveText(`From the lead: ${byId[local].title}`);
  await expect(page.locator('.reader header .m-missing')).toHaveText('no date stated');
  await page.goto(`${BASE}compare/${DOC_IDS[0]}/${local}`);
  await ready(page);
  const side = page.locator(`.compare-sides li[data-doc="${local}"]`);
  await expect(side.locator('.m-missing')).toHaveText('no date stated');
  await expect(side.locator('.doc-title')).toHaveAttribute('data-title-kind', 'derived');
  await shots(page, 'compare-header', page.locator('.compare'));
  // Deep links are served by 404.html with status 404 (GitHub Pages): that one is expected.
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});
