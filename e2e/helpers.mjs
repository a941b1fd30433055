// Shared helpers for the end-to-end specs.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { mkdirSync } from 'node:fs';

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

export async function expectNoSeriousA11yViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target).join(' ')}`)).toEqual([]);
}

export async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}
