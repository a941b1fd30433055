// The overview on 1,000 generated articles (dist-gen-1000, from
// scripts/build-gen.sh) draws a page of source cards, a window of the
// matrix's columns and a page of source checkboxes, with the paging state in
// the URL; the seeds' overview (5 sources) shows none of the paging controls.
// Prints the DOM size of each overview and saves screenshots of both.
import { test, expect } from '@playwright/test';
import { BASE, DOC_IDS, serveBuild, waitReady, shot, watchErrors } from './helpers.mjs';

const PAGE = 24;

let server;
test.beforeAll(async () => { server = await serveBuild('dist-gen-1000', 3); });
test.afterAll(async () => { await server?.close(); });

const domSize = (page) => page.evaluate(() => document.getElementsByTagName('*').length);

test('1,000 sources: a page of cards, more on request, kept in the URL', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.origin}${BASE}`);
  await waitReady(page);
  const cards = page.getByTestId('doc-card');
  await expect(cards).toHaveCount(PAGE);
  await expect(page.getByTestId('cards-more')).toContainText(`Sources 1–${PAGE} of 1,000`);
  // Corpus order, as before paging: the first card is source A.
  await expect(cards.first().locator('.key')).toHaveText('A');

  const heads = await page.locator('.mcol').count();
  const rows = await page.getByTestId('matrix-row').count();
  const checks = await page.locator('.filter-sources input[type="checkbox"]').count();
  console.log(`scale: 1,000-source overview: ${await domSize(page)} elements; ${await cards.count()} cards, ${heads} matrix column heads, ${rows} matrix rows, ${checks} source checkboxes`);
  expect(heads).toBeGreaterThan(0);
  expect(heads).toBeLessThan(100);
  expect(rows).toBeLessThan(100);
  expect(checks).toBe(PAGE);
  await shot(page, 'scale-overview-1000');
  const split = await page.evaluate(() => ['start', 'ready'].map((m) => performance.getEntriesByName(`parallax:analysis-${m}`)[0]?.startTime));
  console.log(`scale: 1,000 articles: analysis started at ${Math.round(split[0])} ms, took ${Math.round(split[1] - split[0])} ms (wall clock, this machine's load included)`);

  // "Show more" by keyboard: the next page comes in, the URL says so, focus lands on the first new card.
  await page.getByTestId('cards-more-button').focus();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(2 * PAGE);
  await expect(page).toHaveURL(/[?&]cards=48\b/);
  await expect(page.locator(`.cards > li:nth-child(${PAGE + 1}) a`)).toBeFocused();

  // The link restores the same list in a fresh page.
  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await waitReady(fresh);
  await expect(fresh.getByTestId('doc-card')).toHaveCount(2 * PAGE);
  await expect(fresh.getByTestId('cards-more')).toContainText(`Sources 1–${2 * PAGE} of 1,000`);
  await fresh.close();

  // Scrolling the matrix sideways brings later sources' column heads in.
  const scroller = page.locator('.matrix-scroll');
  await scroller.evaluate((el) => { el.scrollLeft = 34 * 500; el.dispatchEvent(new Event('scroll')); });
  await expect(page.locator('.mcol .key', { hasText: /^SG$/ })).toHaveCount(1); // source 500 is key "SG"
  expect(await page.locator('.mcol').count()).toBeLessThan(100);

  // Every source can still be chosen in the filter bar.
  await page.getByTestId('all-sources').click();
  await expect(page.locator('.filter-sources input[type="checkbox"]')).toHaveCount(1000);
  await page.getByTestId('all-sources').click();
  await expect(page.locator('.filter-sources input[type="checkbox"]')).toHaveCount(PAGE);

  // Keyboard through the windowed rows: End reaches the narrowest claim, Enter opens it,
  // and its page lists a page of the sources that do not report it, all on request.
  await page.locator('.mlabel').first().focus();
  await page.keyboard.press('End');
  const last = page.locator('.mrow:focus-within');
  await expect(last).toHaveAttribute('data-row', String(Number(await page.getByTestId('claim-matrix').getAttribute('data-rows')) - 1));
  const reporting = Number(await last.getAttribute('data-reporting'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claim\//);
  await expect(page.locator('.absent li')).toHaveCount(PAGE);
  await shot(page, 'scale-claim-1000');
  await page.getByTestId('absent-all').click();
  await expect(page.locator('.absent li')).toHaveCount(1000 - reporting);
  expect(errors).toEqual([]);
});

test('1,000 sources: the matrix draws each chunk of rows once while the first analysis comes in', async ({ page }) => {
  test.setTimeout(120_000);
  // From the start, every change to the matrix's cells: a row drawn in a
  // later step must not touch the cells of the rows drawn before it.
  await page.addInitScript(() => {
    window.__cells = { attributes: 0, added: 0 };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target.closest?.('.mcells')) window.__cells.attributes += 1;
        if (r.type === 'childList') {
          for (const n of r.addedNodes) {
            if (n.nodeType === 1) window.__cells.added += n.matches('.mcell') ? 1 : n.querySelectorAll('.mcell').length;
          }
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.origin}${BASE}`);
  await waitReady(page);
  const cells = await page.evaluate(() => window.__cells);
  const shown = await page.locator('.mcell').count();
  console.log(`scale: first analysis drawn in steps: ${cells.added} matrix cells added (${shown} in the page), ${cells.attributes} attribute changes to cells drawn before`);
  expect(shown).toBeGreaterThan(0);
  // Each cell is added once, in its chunk...
  expect(cells.added).toBe(shown);
  // ...and never rebuilt by the later chunks.
  expect(cells.attributes).toBe(0);
});

test('seeds: no paging controls, every card, column head and checkbox drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(BASE);
  await waitReady(page);
  await expect(page.getByTestId('doc-card')).toHaveCount(DOC_IDS.length);
  // The seeds hold two events, each with its own matrix: every source of an
  // event with claims has its column head there (a one-source event has no matrix).
  const sections = page.getByTestId('event-section');
  let drawn = 0;
  for (const section of await sections.all()) {
    const sources = Number((await section.locator('.meta').first().innerText()).match(/(\d+) sources?/)[1]);
    const rows = Number(await section.getByTestId('claim-matrix').getAttribute('data-rows'));
    const heads = await section.locator('.mcol').count();
    expect(heads, `column heads in ${await section.getAttribute('data-event')}`).toBe(rows > 0 ? sources : 0);
    drawn += sources;
  }
  expect(drawn, 'sources across the event sections').toBe(DOC_IDS.length);
  await expect(page.locator('.filter-sources input[type="checkbox"]')).toHaveCount(DOC_IDS.length);
  await expect(page.getByTestId('cards-more')).toHaveCount(0);
  await expect(page.getByTestId('all-sources')).toHaveCount(0);
  console.log(`scale: seeds overview: ${await domSize(page)} elements`);
  await shot(page, 'scale-overview-seeds');
});
