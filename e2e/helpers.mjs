// Shared helpers for the end-to-end specs.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { serve } from './server.mjs';

export const BASE = process.env.PARALLAX_BASE ?? '/parallax/';
export const SHOTS = new URL('./artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** Document ids of the embedded corpus, read from seeds/ (the build's input). */
export const DOC_IDS = readdirSync(new URL('../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

/** Records every request the page makes, to check none leaves the origin. */
export function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function expectSameOrigin(urls, origin) {
  const foreign = urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign, 'requests outside the page origin').toEqual([]);
}

/** Fails on any uncaught page error or console error. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

/** Axe on the whole page, or only on the parts `include` selects. */
export async function expectNoSeriousA11yViolations(page, include = []) {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target).join(' ')}`)).toEqual([]);
}

export async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

export const ROOT = new URL('../', import.meta.url).pathname;
export const PORT = Number(process.env.E2E_PORT ?? 4719);

/**
 * Serves another build (e.g. `dist-gen-1000`, made by scripts/build-gen.sh)
 * under the same base path on `E2E_PORT + offset`; returns its origin and a
 * `close()`. A missing build fails loudly rather than skipping the check.
 */
export async function serveBuild(dir, offset) {
  const path = dir.startsWith('/') ? dir : `${ROOT}${dir}`;
  if (!existsSync(`${path}/index.html`)) {
    throw new Error(`${dir}/index.html is missing: run bash scripts/build-gen.sh first`);
  }
  const port = PORT + offset;
  const server = await serve(path, BASE, port);
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Ids of a generated corpus (e2e/artifacts/gen-N/, written by scripts/build-gen.sh). */
export function genIds(n) {
  return readdirSync(`${ROOT}e2e/artifacts/gen-${n}/`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

/** Ids of the one-event build's corpus (e2e/artifacts/one/, written by scripts/build-gen.sh). */
export function oneIds() {
  const dir = `${ROOT}e2e/artifacts/one/`;
  if (!existsSync(dir)) throw new Error('e2e/artifacts/one is missing: run bash scripts/build-gen.sh first');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
}

/** Waits until the app says its analysis is on screen. */
export async function waitReady(page, timeout = 60_000) {
  await expect(page.locator('html[data-analysis="ready"]')).toBeAttached({ timeout });
}

/** The page is usable: header, navigation and main content are there, and no panic panel. */
export async function expectUsable(page) {
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.locator('header nav a').first()).toBeVisible();
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('#panic-panel')).toHaveCount(0);
}

/**
 * Before every navigation of `page` (a page or a browser context): one
 * article stored as added in this browser. The embedded articles' analysis
 * comes from the build; with an added article the worker runs the engine on
 * the whole corpus, which is what the engine-in-the-browser checks measure.
 */
export async function storeAddedArticle(target) {
  const text = [
    'Harbour officials in a coastal city said on Tuesday that a new ferry line would open next spring.',
    '"We expect the crossing to take forty minutes," the port director, Anna Keller, told reporters.',
    'The line will cost 12 million euros, according to the regional council.',
  ].join('\n\n');
  const stored = JSON.stringify({ version: 1, articles: [{ title: 'A ferry line for the harbour', text }] });
  await target.addInitScript((s) => {
    if (localStorage.getItem('parallax.local.v1') === null) localStorage.setItem('parallax.local.v1', s);
  }, stored);
}
