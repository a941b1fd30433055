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

/** Words per second of `fn` over runs lasting at least `minMs`. */
function rate(fn, minMs) {
  let runs = 0;
  let result;
  const t0 = performance.now();
  do { result = fn(); runs += 1; } while (performance.now() - t0 < minMs);
  return { wps: (words * runs) / ((performance.now() - t0) / 1000), runs, result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = () => engine.entity_mentions(text);
const theirs = () => {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length;
};

console.log(`text: ${words} words (${articles.length} seed articles, repeated)`);
ours(); theirs(); // warm-up (JIT, Wasm tier-up)
// Interleaved rounds, each timing both sides back to back, and the median of
// the rounds' ratios: a burst of load on a shared machine slows one round, not
// one side of the comparison.
const ROUNDS = 7;
const rounds = [];
for (let r = 0; r < ROUNDS; r += 1) rounds.push({ a: rate(ours, 400), b: rate(theirs, 400) });
const show = (label, side) => {
  const s = rounds.map((x) => x[side]);
  const runs = s.reduce((n, x) => n + x.runs, 0);
  console.log(`${label.padEnd(34)} ${(median(s.map((x) => x.wps)) / 1e6).toFixed(3).padStart(8)} M words/s  (median of ${ROUNDS} rounds, ${runs} runs, ${s[0].result} entities/run)`);
};
show('parallax entities (wasm, node)', 'a');
show('compromise people/places/orgs', 'b');
const ratios = rounds.map((x) => x.a.wps / x.b.wps);
const ratio = median(ratios);
console.log(`ratio per round: ${ratios.map((x) => x.toFixed(1)).join(', ')}`);
console.log(`ratio: parallax is ${ratio.toFixed(1)}x compromise (median of ${ROUNDS} interleaved rounds; target >= 20x)`);
if (ratio < Number(process.env.MIN_RATIO ?? 20)) {
  console.error('node-bench: FAILED, below the target ratio');
  process.exit(1);
}
console.log('node-bench: ok');
