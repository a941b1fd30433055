// The built page pins itself to its own origin (CSP), carries Subresource
// Integrity for its JS and Wasm, and requests nothing from elsewhere.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { BASE, recordRequests, expectSameOrigin } from './helpers.mjs';

// dist/ always; the generated-corpus builds too when scripts/build-gen.sh made them.
const BUILDS = ['dist', 'dist-gen-100', 'dist-gen-1000']
  .filter((d, i) => i === 0 || existsSync(new URL(`../${d}/index.html`, import.meta.url)));

for (const build of BUILDS) {
  const dist = new URL(`../${build}/`, import.meta.url).pathname;
  const html = () => readFileSync(`${dist}index.html`, 'utf8');
  const sri = (file, algo) => `${algo}-${createHash(algo).update(readFileSync(`${dist}${file}`)).digest('base64')}`;

  test(`${build}: index.html has a strict Content-Security-Policy`, () => {
    const page = html();
    const m = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    expect(m, 'CSP meta present').not.toBeNull();
    const directives = Object.fromEntries(m[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toContain("'wasm-unsafe-eval'");
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['script-src']).not.toContain("'unsafe-eval'");
    expect(directives['object-src']).toEqual(["'none'"]);
    // Every inline script is allowed by its exact hash, and nothing else inline.
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((s) => s[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const body of inline) {
      const h = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
      expect(directives['script-src']).toContain(h);
    }
    // The policy comes before any script or stylesheet.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.search(/<script|<link/));
    expect(readFileSync(`${dist}404.html`, 'utf8')).toEqual(page);
  });

  test(`${build}: JS, Wasm and CSS carry Subresource Integrity matching the files`, () => {
    const page = html();
    const files = readdirSync(dist);
    const js = files.find((f) => f.endsWith('.js'));
    const wasm = files.find((f) => f.endsWith('.wasm'));
    const css = files.filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const f of [js, wasm, ...css]) {
      // The release build's HTML is minified: attribute values may be unquoted.
      const tag = page.match(new RegExp(`<link[^>]*href="?[^"\\s>]*${f.replace(/[.]/g, '\\.')}[^>]*>`));
      expect(tag, `a link to ${f}`).not.toBeNull();
      const integrity = tag[0].match(/integrity="?([^"\s>]+)"?/);
      expect(integrity, `integrity on ${f}`).not.toBeNull();
      const [algo] = integrity[1].split('-');
      expect(integrity[1]).toBe(sri(f, algo));
    }
  });
}

test('the page loads under the policy, requesting only its own origin, nothing after load', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const requests = recordRequests(page);
  await page.goto(BASE);
  await expect(page.locator('.card').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const afterLoad = requests.length;
  await page.locator('.card h2 a').first().click();
  await expect(page.locator('.reader')).toBeVisible();
  await page.waitForTimeout(500);
  expect(requests.slice(afterLoad), 'no request after load').toEqual([]);
  expectSameOrigin(requests, baseURL);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});
