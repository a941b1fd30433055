//! Claim alignment on generated corpora of 10, 100 and 1,000 articles of
//! ~600 words (deterministic; some sentences are shared across articles,
//! reworded slightly, so clusters exist). Measures `claims::align` alone,
//! with entities and quotes computed beforehand. Prints time and peak heap
//! per size, and checks that t(1000)/t(100) ≤ 20 (near-linear growth;
//! quadratic would be 100).
//! Also prints the share of the event grouping (run inside `align`).
//! Quick run: `cargo bench -p parallax-engine --bench claims -- --quick`.

use criterion::{criterion_group, criterion_main, Criterion};
use parallax_engine::{claims, entities, events, quotes, Corpus, Document};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes and their peak.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// xorshift: deterministic without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn vocabulary(n: usize) -> Vec<String> {
    let syl = [
        "ka", "lo", "mer", "tis", "an", "dru", "vel", "so", "pen", "gra", "ul", "bex",
    ];
    (0..n)
        .map(|i| {
            let mut w = String::new();
            let mut x = i + 7;
            for _ in 0..4 {
                w.push_str(syl[x % syl.len()]);
                x /= syl.len();
            }
            w
        })
        .collect()
}

/// A word index with a Zipf-like (log-uniform) distribution, as in real text.
fn zipf(rng: &mut Rng, n: usize) -> usize {
    let u = (rng.next() % 1_000_000) as f64 / 1_000_000.0;
    ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
}

fn sentence(rng: &mut Rng, vocab: &[String], words: usize) -> String {
    let mut s = String::from("The");
    for _ in 0..words {
        s.push(' ');
        s.push_str(&vocab[zipf(rng, vocab.len())]);
    }
    s.push('.');
    s
}

/// `n` articles of ~600 words; each carries 5 sentences from a shared pool
/// of `n / 2 + 5` (one word swapped, so they are paraphrase-like repeats).
fn generated(n: usize) -> Corpus {
    let vocab = vocabulary(20_000);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let pool: Vec<String> = (0..n / 2 + 5)
        .map(|_| sentence(&mut rng, &vocab, 18))
        .collect();
    let documents = (0..n)
        .map(|i| {
            let mut paras = Vec::new();
            for k in 0..30 {
                let s = if k % 6 == 0 {
                    let mut words: Vec<&str> = pool[rng.below(pool.len())].split(' ').collect();
                    let at = 1 + rng.below(words.len() - 2);
                    words[at] = &vocab[rng.below(vocab.len())];
                    words.join(" ")
                } else {
                    sentence(&mut rng, &vocab, 19)
                };
                paras.push(s);
            }
            let text = format!(
                "---\ndate: 2024-01-{:02}\n---\n\n{}",
                1 + i % 28,
                paras.join("\n\n")
            );
            Document::parse(&format!("g{i:04}"), &text)
        })
        .collect();
    Corpus { documents }
}

struct Prepared {
    corpus: Corpus,
    entities: entities::Entities,
    quotes: Vec<parallax_engine::Quote>,
}

fn prepare(n: usize) -> Prepared {
    let corpus = generated(n);
    let entities = entities::extract(&corpus);
    let quotes = quotes::extract(&corpus, &entities);
    Prepared {
        corpus,
        entities,
        quotes,
    }
}

const SCALING_LIMIT: f64 = 20.0;

/// Best of `runs` wall times (seconds) and the peak extra heap (bytes).
fn measure(p: &Prepared, runs: usize) -> (f64, usize, usize) {
    let mut best = f64::MAX;
    let mut peak = 0;
    let mut claims_found = 0;
    for _ in 0..runs {
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let t = Instant::now();
        let out = claims::align(&p.corpus, &p.entities, &p.quotes);
        best = best.min(t.elapsed().as_secs_f64());
        peak = peak.max(PEAK.load(Ordering::Relaxed) - base);
        claims_found = out.claims.len();
    }
    (best, peak, claims_found)
}

fn bench(c: &mut Criterion) {
    let sizes = [10usize, 100, 1000];
    let prepared: Vec<Prepared> = sizes
        .iter()
        .map(|&n| {
            let t = Instant::now();
            let p = prepare(n);
            println!(
                "generate + parse + entities + quotes, {n:>4} articles: {:.1} ms (not part of the claims figures)",
                t.elapsed().as_secs_f64() * 1e3
            );
            p
        })
        .collect();
    let mut times = Vec::new();
    for (n, p) in sizes.iter().zip(&prepared) {
        let words: usize = p.corpus.documents.iter().map(|d| d.word_count()).sum();
        let (t, peak, found) = measure(p, 5);
        println!(
            "claims::align {n:>4} articles ({words} words): {:.1} ms, peak heap +{:.1} MB, {found} claims",
            t * 1e3,
            peak as f64 / 1e6
        );
        times.push(t);
        // Events are grouped inside `align`: their share of it, measured alone.
        let mut ev = f64::MAX;
        let mut found = 0;
        for _ in 0..5 {
            let t0 = Instant::now();
            found = events::group(&p.corpus, &p.entities).len();
            ev = ev.min(t0.elapsed().as_secs_f64());
        }
        println!(
            "  of which events::group: {:.1} ms ({:.0} % of align), {found} events",
            ev * 1e3,
            100.0 * ev / t
        );
    }
    // Linear is 10, n log n about 13, quadratic 100. At 1,000 articles the
    // working set (50 MB) outgrows the caches, and on a shared machine the
    // best of five still swings by a quarter (12 to 15.6 seen): 20 catches
    // any superlinear blow-up without failing on noise.
    let ratio = times[2] / times[1];
    println!(
        "scaling check t(1000)/t(100) = {ratio:.1} (limit {SCALING_LIMIT}): {}",
        if ratio <= SCALING_LIMIT { "ok" } else { "FAIL" }
    );
    println!(
        "target 1000 articles < 1 s: {}",
        if times[2] < 1.0 { "ok" } else { "missed" }
    );
    assert!(
        ratio <= SCALING_LIMIT,
        "claims alignment grows faster than near-linear"
    );
    let mut g = c.benchmark_group("claims");
    g.sample_size(10);
    for (n, p) in sizes.iter().zip(&prepared).take(2) {
        g.bench_function(format!("align {n} articles"), |b| {
            b.iter(|| claims::align(&p.corpus, &p.entities, &p.quotes))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
