//! Entity extraction + linking throughput over the seeds and a larger
//! generated corpus. Prints words/second (target ≥ 2 million native).
//! Quick run: `cargo bench -p parallax-engine --bench entities -- --quick`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parallax_engine::{entities, quotes, Corpus};
use std::path::Path;
use std::time::Instant;

fn seeds() -> Corpus {
    Corpus::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")).expect("seeds")
}

/// 200 synthetic articles built from varied sentence templates.
fn generated() -> Corpus {
    let first = [
        "Ana", "John", "Maria", "David", "Elena", "Ahmed", "Li", "Sergey", "Olga", "Peter",
    ];
    let last = [
        "Ruiz",
        "Okafor",
        "Lindqvist",
        "Moreau",
        "Tanaka",
        "Haddad",
        "Kowalski",
        "Brennan",
    ];
    let places = [
        "Paris", "Nairobi", "Brazil", "Germany", "Tokyo", "Canada", "Lagos", "Chile",
    ];
    let mut files = Vec::new();
    for d in 0..200usize {
        let mut t = format!(
            "Markets Rally as {} Visits {}\n\n",
            last[d % 8],
            places[d % 8]
        );
        for s in 0..40usize {
            let (f, l, p) = (
                first[(d + s) % 10],
                last[(d * 3 + s) % 8],
                places[(d + 2 * s) % 8],
            );
            t.push_str(&match s % 5 {
                0 => format!("Finance Minister {f} {l} said on Tuesday that exports from {p} rose 4.5% to $12 billion in March 2022. "),
                1 => format!("“We will not accept this,” {l} told reporters in {p}, adding that the Central Bank would meet again. "),
                2 => "The World Health Organization (WHO) reported 1,250 new cases, and the WHO said thousands more were likely. ".to_string(),
                3 => format!("{l}'s party won the second round with 52 percent, according to the Electoral Commission.\n\n"),
                _ => "Some 95,000 tons of grain left the port at 3 p.m. on Feb. 21-22, the European Union said. ".to_string(),
            });
        }
        files.push((format!("g{d:03}.txt"), t));
    }
    Corpus::from_files(&files).expect("generated corpus")
}

fn words(c: &Corpus) -> u64 {
    c.documents.iter().map(|d| d.word_count() as u64).sum()
}

fn report(name: &str, c: &Corpus) {
    let n = words(c);
    let reps = 5;
    let t = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(entities::extract(c));
    }
    let secs = t.elapsed().as_secs_f64() / reps as f64;
    println!(
        "{name}: {n} words, {:.2} ms per run, {:.2} million words/s (entities + linking)",
        secs * 1e3,
        n as f64 / secs / 1e6
    );
}

fn bench(cr: &mut Criterion) {
    let s = seeds();
    let g = generated();
    report("seeds", &s);
    report("generated", &g);
    let mut group = cr.benchmark_group("entities");
    for (name, c) in [("seeds", &s), ("generated", &g)] {
        group.throughput(Throughput::Elements(words(c)));
        group.bench_function(name, |b| b.iter(|| entities::extract(c)));
    }
    group.bench_function("quotes_seeds", |b| {
        let e = entities::extract(&s);
        b.iter(|| quotes::extract(&s, &e))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
