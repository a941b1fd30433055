// The explorer views: the claims matrix, the highlighted reader, the
// aligned comparison, the claim page and the shared filter bar, all driven
// by the URL. Expected counts come from the page's own data (the cards and
// the matrix are computed separately), never from hard-coded results.
// They run on the one-event build (dist-one: the embedded corpus's largest
// event alone), where the overview is one story's matrix, as it always was;
// events.spec.mjs covers the overview of several events.
import { test, expect } from '@playwright/test';
import { BASE, PORT, watchErrors, expectNoSeriousA11yViolations, SHOTS, serveBuild, oneIds } from './helpers.mjs';

const ONE = 7;
const DOC_IDS = oneIds();
test.use({ baseURL: `http://127.0.0.1:${PORT + ONE}` });
let server;
test.beforeAll(async () => { server = await serveBuild('dist-one', ONE); });
test.afterAll(async () => server?.close());

const ready = (page) => expect(page.locator('html')).toHaveAttribute('data-analysis', 'ready');

/** Number of claims the matrix holds (all of them, rendered or windowed). */
async function claimCount(page) {
  await ready(page);
  return Number(await page.getByTestId('claim-matrix').getAttribute('data-rows'));
}

/** Skips, saying why, only when the engine found no claim in the corpus. */
async function needClaims(page) {
  await page.goto(BASE);
  const n = await claimCount(page);
  test.skip(n === 0, 'the engine reports no claims for this corpus');
  return n;
}

/** The first claim reported by at least two sources: its id and those sources. */
async function sharedClaim(page) {
  await needClaims(page);
  const rows = page.getByTestId('matrix-row');
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const docs = await row.locator('g.mcell').evaluateAll((gs) => gs
      .map((g, k) => [k, g.getAttribute('aria-label')])
      .filter(([, l]) => !l.endsWith('does not report it'))
      .map(([k]) => k));
    if (docs.length >= 2) {
      const cols = await page.locator('.mcol').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/read/')[1].split('?')[0]));
      return { id: await row.getAttribute('data-claim'), docs: docs.map((k) => decodeURIComponent(cols[k])) };
    }
  }
  test.skip(true, 'no claim is reported by two sources');
}

test('the matrix has one row per claim, labelled, widest coverage first, agreeing with the cards', async ({ page }) => {
  const errors = watchErrors(page);
  const n = await needClaims(page);
  const rows = page.getByTestId('matrix-row');
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThanOrEqual(n);
  // Each card says "r of N": N is the claim count the matrix shows.
  await expect(page.getByTestId('doc-card')).toHaveCount(DOC_IDS.length);
  const totals = await page.locator('.share-text').allTextContents();
  for (const t of totals) expect(Number(t.match(/of (\d+)\)/)[1])).toBe(n);
  const labels = await rows.locator('.mtext').allTextContents();
  for (const l of labels) expect(l.trim().length).toBeGreaterThan(0);
  const coverage = await rows.evaluateAll((rs) => rs.map((r) => Number(r.dataset.reporting)));
  expect([...coverage].sort((a, b) => b - a)).toEqual(coverage);
  // Every cell carries a text label (not colour alone) and a hover title.
  const cols = await page.locator('.mcol').count();
  expect(cols).toBe(DOC_IDS.length);
  const marks = rows.first().locator('g.mcell');
  await expect(marks).toHaveCount(cols);
  await expect(marks.first()).toHaveAttribute('aria-label', /: (reports it|reports it with divergent wording|does not report it)$/);
  expect(await marks.first().locator('title').textContent()).toMatch(/reports it|does not report it/);
  const reporting = await rows.first().locator('g.mcell').evaluateAll((gs) => gs.filter((g) => !g.getAttribute('aria-label').endsWith('does not report it')).length);
  expect(reporting).toBe(coverage[0]);
  const mark = await page.evaluate(() => performance.getEntriesByName('parallax:analysis-ready')[0]?.startTime);
  console.log(`overview: ${n} claims, ${rendered} rows rendered; analysis on screen at ${mark?.toFixed(0)} ms after navigation start`);
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test('clicking a matrix row opens its claim page with every wording', async ({ page, baseURL }) => {
  await needClaims(page);
  const row = page.getByTestId('matrix-row').first();
  const id = await row.getAttribute('data-claim');
  const label = (await row.locator('.mtext').textContent()).trim();
  const coverage = Number(await row.getAttribute('data-reporting'));
  await row.locator('svg.mcells').click({ position: { x: 10, y: 10 } });
  await expect(page).toHaveURL(`${baseURL}${BASE}claim/${id}`);
  await expect(page.locator('#claim-title')).toHaveText(label);
  const docs = await page.locator('.wording').evaluateAll((ws) => new Set(ws.map((w) => w.dataset.doc)).size);
  expect(docs).toBe(coverage);
  await expect(page.locator('.absent li')).toHaveCount(DOC_IDS.length - coverage);
  await expect(page.locator('.wording-text').first()).not.toBeEmpty();
  await expectNoSeriousA11yViolations(page);
  // Back returns to the overview (a click is a history entry; filters are not).
  await page.goBack();
  await expect(page.getByTestId('claim-matrix')).toBeVisible();
});

test('an unknown claim id shows the not-found panel', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${BASE}claim/no-such-claim`);
  await ready(page);
  await expect(page.locator('.not-found')).toContainText('no-such-claim');
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('arrow keys move between matrix rows and Enter opens the claim', async ({ page, baseURL }) => {
  const n = await needClaims(page);
  test.skip(n < 2, 'one claim only: nothing to move between');
  const rows = page.getByTestId('matrix-row');
  await rows.first().locator('.mlabel').focus();
  const focusedRow = () => page.evaluate(() => document.activeElement.closest('[data-row]')?.dataset.row);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focusedRow).toBe('1');
  await page.keyboard.press('ArrowUp');
  await expect.poll(focusedRow).toBe('0');
  await page.keyboard.press('End');
  await expect.poll(focusedRow).toBe(String(n - 1));
  await page.keyboard.press('Home');
  await expect.poll(focusedRow).toBe('0');
  await page.keyboard.press('ArrowDown');
  await expect.poll(focusedRow).toBe('1');
  const id = await page.evaluate(() => document.activeElement.closest('[data-row]').dataset.claim);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}${BASE}claim/${id}`);
});

test('reader highlights entities; the legend toggles a type through the URL', async ({ page, baseURL }) => {
  const id = DOC_IDS[0];
  await page.goto(`${BASE}read/${id}`);
  await ready(page);
  const text = page.locator('.reader .text.highlighted');
  await expect(text).toBeVisible();
  const ents = text.locator('.ent');
  expect(await ents.count()).toBeGreaterThan(0);
  const legend = page.locator('.legend-item');
  expect(await legend.count()).toBeGreaterThan(1);
  // Hide the type of the first highlight.
  const cls = await ents.first().getAttribute('class');
  const type = cls.match(/t-([a-z]+)/)[1].toUpperCase();
  const before = await text.locator(`.ent.t-${type.toLowerCase()}`).count();
  expect(before).toBeGreaterThan(0);
  const others = (await ents.count()) - before;
  const history = await page.evaluate(() => history.length);
  await page.locator(`.legend-item[data-type="${type}"]`).click();
  await expect(page).toHaveURL(new RegExp(`read/${id}\\?types=`));
  expect(new URL(page.url()).searchParams.get('types').split(',')).not.toContain(type);
  await expect(page.locator(`.legend-item[data-type="${type}"]`)).toHaveAttribute('aria-pressed', 'false');
  await expect(text.locator(`.ent.t-${type.toLowerCase()}`)).toHaveCount(0);
  await expect(text.locator('.ent')).toHaveCount(others);
  expect(await page.evaluate(() => history.length)).toBe(history);
  // Quotes carry their speaker tag.
  const quotes = await text.locator('.quote').count();
  if (quotes > 0) {
    expect(await text.locator('.speaker').count()).toBeGreaterThan(0);
    expect((await text.locator('.speaker').first().getAttribute('data-speaker')).length).toBeGreaterThan(0);
  }
  // Tags are drawn by CSS: the text of a paragraph is exactly the article's.
  expect(await text.locator('.para > p').first().evaluate((p) => p.textContent)).not.toMatch(/unattributed/);
  // The URL alone restores the view.
  await page.reload();
  await ready(page);
  await expect(text.locator(`.ent.t-${type.toLowerCase()}`)).toHaveCount(0);
  await page.locator(`.legend-item[data-type="${type}"]`).click();
  await expect(page).toHaveURL(`${baseURL}${BASE}read/${id}`);
  await expect(text.locator(`.ent.t-${type.toLowerCase()}`)).toHaveCount(before);
  await expectNoSeriousA11yViolations(page);
});

test('claim markers in the reader margin say how many others report it and link to the claim', async ({ page, baseURL }) => {
  const { id, docs } = await sharedClaim(page);
  await page.goto(`${BASE}read/${docs[0]}`);
  await ready(page);
  const marker = page.locator(`.marker[data-claim="${id}"]`).first();
  await expect(marker).toBeVisible();
  const others = docs.length - 1;
  await expect(marker.locator('.marker-count')).toHaveText(others === 1 ? '1 other source' : `${others} other sources`);
  // Its sentence is marked in the text.
  expect(await page.locator('.claim-sent').count()).toBeGreaterThan(0);
  await marker.click();
  await expect(page).toHaveURL(`${baseURL}${BASE}claim/${id}`);
  // A source may word one claim twice (a headline and its lead): each wording is listed.
  await expect(page.locator(`.wording[data-doc="${docs[0]}"]`).first()).toBeVisible();
});

test('compare aligns shared claims on rows with a word diff; swap changes the URL', async ({ page, baseURL }) => {
  const { id, docs: [a, b] } = await sharedClaim(page);
  await page.goto(`${BASE}compare/${a}/${b}`);
  await ready(page);
  // One row per pair of wordings: a source that words the claim twice gives two.
  const pair = page.locator(`.pair[data-claim="${id}"]`).first();
  await expect(pair).toBeVisible();
  await expect(pair.locator('.pair-a')).not.toBeEmpty();
  await expect(pair.locator('.pair-b')).not.toBeEmpty();
  await expect(pair.locator('.pair-link')).toHaveAttribute('href', `${BASE}claim/${id}`);
  // The two sides of each pair rebuild two different wordings (or the same one).
  const pairs = await page.locator('.pair').count();
  expect(await page.getByTestId('aligned-rows').locator('> li').count()).toBe(pairs);
  await expect(page.locator('#aligned-title')).toHaveText(pairs === 1 ? '1 claim both report' : `${pairs} claims both report`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Swap sides' }).click();
  await expect(page).toHaveURL(`${baseURL}${BASE}compare/${b}/${a}`);
  await expect(page.locator('.pair')).toHaveCount(pairs);
  await expect(page.locator('.column').first()).toHaveAttribute('data-doc', b);
});

test('filters rewrite the URL in place, and a reload restores the same view', async ({ page }) => {
  const n = await needClaims(page);
  const history = await page.evaluate(() => history.length);
  const label = (await page.getByTestId('matrix-row').first().locator('.mtext').textContent()).trim();
  const word = label.split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w))[0] ?? label.slice(0, 5);
  await page.getByTestId('search').fill(word);
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(word)}$`));
  const filtered = await claimCount(page);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThanOrEqual(n);
  await page.locator('#coverage').selectOption('some');
  await expect(page).toHaveURL(/cov=some/);
  // One source unticked.
  await page.locator(`input[data-src="${DOC_IDS[DOC_IDS.length - 1]}"]`).uncheck();
  await expect(page).toHaveURL(/src=/);
  await expect(page.getByTestId('doc-card')).toHaveCount(DOC_IDS.length - 1);
  expect(await page.evaluate(() => history.length)).toBe(history);
  const url = page.url();
  const rows = await page.getByTestId('matrix-row').evaluateAll((rs) => rs.map((r) => r.dataset.claim));
  await page.reload();
  await ready(page);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('search')).toHaveValue(word);
  await expect(page.locator('#coverage')).toHaveValue('some');
  expect(await page.getByTestId('matrix-row').evaluateAll((rs) => rs.map((r) => r.dataset.claim))).toEqual(rows);
  // A fresh page opened on the same link shows the same.
  const other = await page.context().newPage();
  await other.goto(url);
  await ready(other);
  expect(await other.getByTestId('matrix-row').evaluateAll((rs) => rs.map((r) => r.dataset.claim))).toEqual(rows);
});

test('a bad filter value is named in a notice and ignored', async ({ page }) => {
  await page.goto(`${BASE}?src=nope&cov=most`);
  await ready(page);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('nope');
  await expect(notice).toContainText('cov');
  await expect(page.getByTestId('doc-card')).toHaveCount(DOC_IDS.length);
});

test('"one source only" explains an empty matrix, and with one source shown lists every claim it reports', async ({ page }) => {
  const errors = watchErrors(page);
  await needClaims(page);
  // Claims each source reports with every source shown, as its card counts them.
  const per = await page.getByTestId('doc-card').evaluateAll((cs) => cs.map((c) => [
    c.dataset.doc, Number(c.querySelector('.share-text')?.textContent.match(/\((\d+) of/)?.[1] ?? 0),
  ]));
  await page.locator('#coverage').selectOption('unique');
  await expect(page).toHaveURL(/cov=unique/);
  const matrix = page.getByTestId('claim-matrix');
  if ((await claimCount(page)) === 0) {
    // Not a bare "no match": the page says why, and the cards make no 0-of-0 claim.
    await expect(matrix).toContainText('at least two sources');
    for (const t of await page.getByTestId('doc-card').allTextContents()) expect(t).not.toMatch(/\b0 of 0\b/);
  } else {
    const reporting = await page.getByTestId('matrix-row').evaluateAll((rs) => rs.map((r) => r.dataset.reporting));
    expect(new Set(reporting)).toEqual(new Set(['1']));
  }
  const [doc, reported] = per.find(([, r]) => r > 0) ?? [];
  test.skip(!doc, 'no source reports a claim');
  await page.goto(`${BASE}?src=${encodeURIComponent(doc)}&cov=unique`);
  expect(await claimCount(page)).toBe(reported);
  expect(new Set(await page.getByTestId('matrix-row').evaluateAll((rs) => rs.map((r) => r.dataset.reporting)))).toEqual(new Set(['1']));
  expect(errors).toEqual([]);
});

test('"/" focuses the search box from anywhere but a text field', async ({ page }) => {
  await page.goto(`${BASE}read/${DOC_IDS[0]}`);
  await ready(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement.id)).toBe('search');
  await page.keyboard.type('a/b');
  await expect(page.getByTestId('search')).toHaveValue('a/b');
});

test('at 390 px nothing but the matrix scrolls sideways; compare stacks', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const paths = [BASE, `${BASE}read/${DOC_IDS[0]}`, `${BASE}compare/${DOC_IDS[0]}/${DOC_IDS[1]}`];
  const n = await needClaims(page);
  if (n > 0) {
    const id = await page.getByTestId('matrix-row').first().getAttribute('data-claim');
    paths.push(`${BASE}claim/${id}`);
  }
  for (const p of paths) {
    await page.goto(p);
    await ready(page);
    expect(await overflow(), p).toBeLessThanOrEqual(0);
  }
  await page.goto(`${BASE}compare/${DOC_IDS[0]}/${DOC_IDS[1]}`);
  await ready(page);
  const [l, r] = await page.locator('.column').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().top));
  expect(r).toBeGreaterThan(l + 50);
});

test('screenshots of every view, light and dark, desktop and phone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(BASE);
  await ready(page);
  const row = page.getByTestId('matrix-row').first();
  const claim = (await row.count()) ? await row.getAttribute('data-claim') : null;
  const views = {
    overview: BASE,
    reader: `${BASE}read/${DOC_IDS[0]}`,
    compare: `${BASE}compare/${DOC_IDS[0]}/${DOC_IDS[1]}`,
    ...(claim ? { claim: `${BASE}claim/${claim}` } : {}),
  };
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [w, h, tag] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
      await page.setViewportSize({ width: w, height: h });
      for (const [name, url] of Object.entries(views)) {
        await page.goto(url);
        await ready(page);
        // Full pages, cut at a few screens (the texts run long).
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: `${SHOTS}explorer-${name}-${tag}-${scheme}.png`,
          fullPage: true,
          clip: { x: 0, y: 0, width: w, height: Math.min(height, tag === 'phone' ? 2400 : 1800) },
        });
      }
    }
  }
});
