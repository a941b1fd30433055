// Hostile corpus text never executes: dist-gen-100 embeds articles (ids
// "xss-*", from scripts/gen-corpus.mjs --hostile) carrying <script>, <img
// onerror>, <svg onload>, javascript: links (HTML and Markdown) and attribute
// break-outs in titles, front matter (outlet, url), body and quotes. Every
// view is visited, following the claim and entity links the pages expose.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BASE, ROOT, serveBuild, waitReady, expectUsable, genIds } from './helpers.mjs';
import { PAYLOADS } from '../scripts/xss-payloads.mjs';

const MAX_FOLLOWED = 12;

let server;
test.beforeAll(async () => { server = await serveBuild('dist-gen-100', 5); });
test.afterAll(async () => server?.close());

/** Elements or attributes in the DOM that corpus text could only have produced by being parsed as HTML. */
async function injected(page) {
  return page.evaluate(() => {
    const found = [];
    // Trunk's one module loader in <head> is the only script the page has.
    const scripts = [...document.scripts].filter((s) => !(s.type === 'module' && s.parentElement === document.head));
    if (scripts.length) found.push(`${scripts.length} extra <script>`);
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
    }
    for (const el of document.querySelectorAll('body img, body svg, body iframe, body object, body embed')) {
      if (el.closest('#panic-panel')) continue;
      if (el.localName === 'svg' && !el.getAttribute('onload')) continue; // the app's own icons, if any
      found.push(`<${el.localName}>`);
    }
    return found;
  });
}

async function visit(page, path, dialogs) {
  await page.goto(`${server.origin}${BASE}${path}`);
  await waitReady(page);
  await page.waitForTimeout(150);
  // Hover and focus what the page shows, so an injected handler would fire.
  await page.mouse.move(200, 200);
  await page.mouse.move(600, 400);
  expect(await page.evaluate(() => window.__xss), `window.__xss after ${path}`).toBeUndefined();
  expect(await injected(page), `HTML from corpus text on ${path}`).toEqual([]);
  expect(dialogs, `dialogs on ${path}`).toEqual([]);
  await expectUsable(page);
}

/** Same-app links to claim and entity pages the current page exposes. */
async function linksTo(page, kind) {
  const hrefs = await page.locator(`a[href*="${BASE}${kind}/"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return [...new Set(hrefs)].map((h) => h.slice(h.indexOf(BASE) + BASE.length));
}

test('hostile article text is shown literally and never runs, in every view', async ({ page }) => {
  test.setTimeout(300_000);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const hostile = genIds(100).filter((id) => id.startsWith('xss-'));
  const benign = genIds(100).find((id) => id.startsWith('gen-'));
  expect(hostile.length).toBeGreaterThanOrEqual(PAYLOADS.length);

  const claims = new Set();
  const entities = new Set();
  const collect = async () => {
    for (const c of await linksTo(page, 'claim')) claims.add(c);
    for (const e of await linksTo(page, 'entity')) entities.add(e);
  };

  // Every card (the overview pages 24 at a time on a large corpus): the
  // overview names the hostile titles literally.
  await visit(page, '?cards=100', dialogs);
  await expect(page.locator('main')).toContainText('<script>window.__xss=1</script>');

  for (const id of hostile) {
    const file = readFileSync(`${ROOT}e2e/artifacts/gen-100/${id}.txt`, 'utf8');
    await visit(page, `read/${id}`, dialogs);
    const main = page.locator('main');
    // The cleaner cuts HTML tags out of article text as page residue (the raw
    // view keeps them); what is not a tag stays, shown as text.
    for (const p of PAYLOADS.filter((p) => !p.startsWith('<'))) {
      await expect(main, `${id}: body payload shown as text`).toContainText(p);
    }
    const title = file.match(/^title: (.*)$/m)[1];
    await expect(main).toContainText(title);
    await collect();

    await visit(page, `read/${id}?view=raw`, dialogs);
    for (const p of PAYLOADS) await expect(page.locator('main'), `${id}: raw payload shown as text`).toContainText(p);
    await expect(page.locator('main')).toContainText('url: javascript:window.__xss=1');
    await expect(page.locator('main')).toContainText(file.match(/^outlet: (.*)$/m)[1]);
  }

  await visit(page, `compare/${hostile[0]}/${hostile[1]}`, dialogs);
  await expect(page.locator('main')).toContainText(PAYLOADS[0]);
  await collect();
  await visit(page, `compare/${benign}/${hostile[2]}`, dialogs);
  await collect();
  await visit(page, 'entities', dialogs);
  await collect();
  // Links found on the hostile pages come first; the overview's after them.
  await visit(page, '', dialogs);
  await collect();

  const followedClaims = [...claims].slice(0, MAX_FOLLOWED);
  let claimsShowingPayload = 0;
  for (const path of followedClaims) {
    await visit(page, path, dialogs);
    const text = await page.locator('main').innerText();
    if (PAYLOADS.some((p) => text.includes(p))) claimsShowingPayload += 1;
  }
  // The hostile sentences are shared by several articles, so they form claims
  // whose pages must show them as text too.
  if (claims.size) expect(claimsShowingPayload, 'claim pages showing hostile text literally').toBeGreaterThan(0);
  for (const path of [...entities].slice(0, MAX_FOLLOWED)) await visit(page, path, dialogs);
  console.log(`xss: ${hostile.length} hostile articles x ${PAYLOADS.length} payloads; visited overview, ${hostile.length * 2} reader views, 2 comparisons, entities, ${followedClaims.length} of ${claims.size} claim links (${claimsShowingPayload} showing hostile text), ${Math.min(entities.size, MAX_FOLLOWED)} of ${entities.size} entity links; nothing executed`);
});
