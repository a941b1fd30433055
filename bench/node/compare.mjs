// Entity extraction speed, side by side in one Node process: Parallax's
// engine (Wasm, built for Node) and compromise (npm), on the same text.
// usage: node bench/node/compare.mjs PKG_DIR   (PKG_DIR: wasm-bindgen --target nodejs output)
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const pkg = resolve(process.argv[2] ?? 'target/node-bench');
const engine = require(join(pkg, 'parallax_node_bench.js'));

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const articles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
// About 60,000 words: the seed articles repeated.
const text = Array.from({ length: 24 }, (_, i) => articles[i % articles.length]).join('\n\n');
const words = engine.word_count(text);

function rate(label, fn, minMs = 1500) {
  fn(); // warm-up (JIT, Wasm tier-up)
  let runs = 0;
  let result;
  const t0 = performance.now();
  do { result = fn(); runs += 1; } while (performance.now() - t0 < minMs);
  const secs = (performance.now() - t0) / 1000;
  const wps = (words * runs) / secs;
  console.log(`${label.padEnd(34)} ${(wps / 1e6).toFixed(3).padStart(8)} M words/s  (${runs} runs, ${result} entities/run)`);
  return wps;
}

console.log(`text: ${words} words (${articles.length} seed articles, repeated)`);
const ours = rate('parallax entities (wasm, node)', () => engine.entity_mentions(text));
const theirs = rate('compromise people/places/orgs', () => {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length;
});
const ratio = ours / theirs;
console.log(`ratio: parallax is ${ratio.toFixed(1)}x compromise (target >= 20x)`);
if (ratio < Number(process.env.MIN_RATIO ?? 20)) {
  console.error('node-bench: FAILED, below the target ratio');
  process.exit(1);
}
console.log('node-bench: ok');
