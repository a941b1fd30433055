// Trunk post-build hook: pins the page to its own origin with a
// Content-Security-Policy <meta>, allowing the one inline loader script Trunk
// writes by its hash (no 'unsafe-inline' scripts), then copies the page to
// 404.html, the GitHub Pages fallback that makes deep links work.
// It also gives the analysis worker's files (which Trunk names without a
// hash and with no SRI: importScripts cannot carry one) content-hashed
// names, so a cached old worker never meets a new page, and names the
// loader in <meta name="worker-loader"> for the app (src/worker/client.rs).
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('csp.mjs: TRUNK_STAGING_DIR is not set');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const short = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
/** Renames `name` to `stem-<hash>.ext` and returns the new name. */
function hashName(name, data = readFileSync(join(dir, name))) {
  const dot = name.lastIndexOf('.');
  const hashed = `${name.slice(0, dot)}-${short(data)}${name.slice(dot)}`;
  writeFileSync(join(dir, hashed), data);
  return hashed;
}
const LOADER = 'worker_loader.js';
if (!existsSync(join(dir, LOADER))) throw new Error(`csp.mjs: no ${LOADER}: is the worker link in index.html?`);
const trunkLoader = readFileSync(join(dir, LOADER), 'utf8');
const hashed = {};
for (const name of ['worker.js', 'worker_bg.wasm']) {
  if (!trunkLoader.includes(`./${name}`)) throw new Error(`csp.mjs: ${LOADER} does not load ./${name}: ${trunkLoader}`);
  hashed[name] = hashName(name);
}
// Trunk's loader fetches the Wasm only once importScripts has fetched and
// run the glue: one round trip after another. This one starts both at once,
// and passes the options object the glue asks for (a bare URL is deprecated
// and logs a warning in every worker).
const loader = [
  `const wasm = fetch("./${hashed['worker_bg.wasm']}");`,
  `importScripts("./${hashed['worker.js']}");`,
  'wasm_bindgen({ module_or_path: wasm });',
  '',
].join('\n');
const loaderName = hashName(LOADER, Buffer.from(loader, 'utf8'));
// Only the hashed names are deployed.
for (const name of [LOADER, 'worker.js', 'worker_bg.wasm']) unlinkSync(join(dir, name));

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);

export const policy = [
  "default-src 'self'",
  // Wasm compilation needs 'wasm-unsafe-eval'; no eval of JavaScript.
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The analysis worker: a same-origin script file, never a blob: URL.
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>\s*/g, '');
// The policy must precede every script and stylesheet to govern them.
// (Trunk's minifier writes the charset tag without quotes.)
const workerMeta = `<meta name="worker-loader" content="${loaderName}">`;
html = html.replace(/<meta name="?worker-loader"?[^>]*>\s*/g, '');
html = html.replace(/(<meta charset="?utf-8"?>)/i, `$1${meta}${workerMeta}`);
if (!html.includes(meta)) throw new Error('csp.mjs: no <meta charset=utf-8> to anchor the policy');
writeFileSync(file, html);
writeFileSync(join(dir, '404.html'), html);
console.log(`csp.mjs: worker loader ${loaderName}`);
console.log(`csp.mjs: policy set (${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'}); 404.html written`);
