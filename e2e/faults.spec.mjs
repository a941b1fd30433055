// Faults at run time: malformed deep links show a notice and a usable page
// (on dist/), and a real panic shows the visible panel with a working reload
// link instead of a frozen page (on dist-gen-100, built with `e2e-hooks`).
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { BASE, ROOT, SHOTS, DOC_IDS, serveBuild, waitReady, expectUsable, watchErrors } from './helpers.mjs';

const [A, B] = DOC_IDS;

// [name, path below BASE, text the notice must name (or null: any notice)]
const LINKS = [
  ['unknown doc id', 'read/no-such-doc', 'no-such-doc'],
  ['unknown doc in compare', `compare/${A}/no-such-doc`, 'no-such-doc'],
  ['unknown claim id', 'claim/no-such-claim', 'no-such-claim'],
  ['unknown entity id', 'entity/no-such-entity', 'no-such-entity'],
  ['unknown page', 'no/such/page', null],
  ['bad entity type', '?types=NOPE', 'NOPE'],
  ['bad coverage', '?cov=maybe', 'maybe'],
  ['unknown source', '?src=unknown-source', 'unknown-source'],
  ['bad values on a reader page', `read/${A}?types=NOPE&cov=maybe&view=sideways`, 'NOPE'],
  ['bad values on a compare page', `compare/${A}/${B}?src=unknown-source&cov=maybe`, 'maybe'],
  ['very long path (~20k chars)', `read/${'x'.repeat(20_000)}`, 'xxxxxxxx'],
  ['very long query value (~20k chars)', `?q=${'y'.repeat(20_000)}&cov=maybe`, 'maybe'],
  ['truncated percent escape', 'read/%E0%A4%A', null],
  ['NUL escape', 'read/%00', null],
  ['bare percent signs', 'read/%%', null],
  ['percent garbage in the query', '?cov=%E0%A4%A&types=%%&src=%00', null],
];

for (const [name, path, named] of LINKS) {
  test(`deep link with ${name}: a notice and a usable page`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${BASE}${path}`);
    await waitReady(page);
    await expectUsable(page);
    const notice = page.locator('.notice, .not-found');
    await expect(notice.first()).toBeVisible();
    if (named) await expect(notice.first()).toContainText(named);
    // A notice must not carry the whole 20k-char value into the page.
    expect((await page.locator('body').innerText()).length).toBeLessThan(20_000);
    // The way out works: the header's link goes to a working overview.
    await page.locator('header nav a').first().click();
    await expect(page.locator('main')).not.toBeEmpty();
    await expect(page.locator('#panic-panel')).toHaveCount(0);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
}

test.describe('a panic', () => {
  let server;
  test.beforeAll(async () => { server = await serveBuild('dist-gen-100', 4); });
  test.afterAll(async () => server?.close());

  test('the test-only panic hook is in the generated build and never in dist/', () => {
    const wasm = (dir) => readFileSync(`${ROOT}${dir}/${readdirSync(`${ROOT}${dir}`).find((f) => f.endsWith('.wasm'))}`);
    expect(wasm('dist-gen-100').includes('e2e-panic')).toBe(true);
    expect(wasm('dist').includes('e2e-panic')).toBe(false);
  });

  test('shows the styled panic panel with a working reload link, not a frozen page', async ({ page }) => {
    const errors = watchErrors(page);
    const url = `${server.origin}${BASE}?e2e-panic`;
    await page.goto(url);
    const panel = page.locator('#panic-panel');
    await expect(panel).toBeVisible({ timeout: 60_000 });
    await expect(panel).toHaveAttribute('role', 'alert');
    await expect(panel.locator('h1')).toHaveText('Something went wrong');
    await expect(panel.locator('pre')).toContainText('deliberate panic');
    // The console got the panic too (console_error_panic_hook).
    expect(errors.join('\n')).toContain('deliberate panic');
    // panic.css is applied: the panel covers the page, above everything.
    const style = await panel.evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, z: Number(s.zIndex), w: el.getBoundingClientRect().width };
    });
    expect(style.position).toBe('fixed');
    expect(style.z).toBeGreaterThan(1000);
    expect(style.w).toBe(page.viewportSize().width);
    const reload = panel.getByRole('link', { name: 'Reload the page' });
    await expect(reload).toBeVisible();
    await expect(reload).toBeFocused();
    await expect(reload).toHaveAttribute('href', url);
    await page.screenshot({ path: `${SHOTS}panic-panel.png` }); // the viewport: the panel is fixed over it

    // The link really reloads: a new document, and the app starts again
    // (and, with the same flag, panics again into a fresh panel).
    await page.evaluate(() => { window.__beforeReload = true; });
    await reload.click();
    await waitReady(page);
    expect(await page.evaluate(() => window.__beforeReload)).toBeUndefined();
    await expect(page.locator('#panic-panel')).toBeVisible();

    // Without the flag the same build runs normally: the panel is the hook's doing.
    await page.goto(`${server.origin}${BASE}`);
    await waitReady(page);
    await expectUsable(page);
  });
});
