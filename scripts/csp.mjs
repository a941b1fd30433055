// Trunk post-build hook: pins the page to its own origin with a
// Content-Security-Policy <meta>, allowing the one inline loader script Trunk
// writes by its hash (no 'unsafe-inline' scripts), then copies the page to
// 404.html, the GitHub Pages fallback that makes deep links work.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('csp.mjs: TRUNK_STAGING_DIR is not set');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);

export const policy = [
  "default-src 'self'",
  // Wasm compilation needs 'wasm-unsafe-eval'; no eval of JavaScript.
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>\s*/g, '');
// The policy must precede every script and stylesheet to govern them.
// (Trunk's minifier writes the charset tag without quotes.)
html = html.replace(/(<meta charset="?utf-8"?>)/i, `$1${meta}`);
if (!html.includes(meta)) throw new Error('csp.mjs: no <meta charset=utf-8> to anchor the policy');
writeFileSync(file, html);
writeFileSync(join(dir, '404.html'), html);
console.log(`csp.mjs: policy set (${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'}); 404.html written`);
