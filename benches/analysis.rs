//! Analysis time: per posting over the corpus, per KB, and on a 10 KB posting and a 1 MB paste.
//! `cargo bench --bench analysis`; `scripts/figures` turns the results into the README's table.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use vacancy_lens::analysis::analyze;
use vacancy_lens::calendar::Date;

/// Every `.txt` posting of the shared and the project corpus.
fn corpus() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in ["../shared/corpus/dev", "tests/corpus"] {
        let Ok(entries) = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        vacancy_lens::order::sort_by_key(&mut paths, |p| p.clone());
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    texts
}

/// A text of at least `bytes` made by repeating the corpus texts after which another text is
/// still analysed: one ending in a "Similar jobs" line ends the analysis there by design, and a
/// paste containing it would measure nothing after it.
fn sized(corpus: &[String], bytes: usize) -> String {
    let today = Date::constant(2024, 1, 1);
    let whole: Vec<&String> = corpus
        .iter()
        .filter(|t| {
            let twice = format!("{t}\n\n{t}");
            analyze(&twice, today)
                .last()
                .is_some_and(|p| p.span.end() + 50 >= twice.chars().count())
        })
        .collect();
    let mut text = String::new();
    while text.len() < bytes {
        for t in &whole {
            text.push_str(t);
            text.push_str("\n\n");
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let today = Date::constant(2024, 1, 1);
    let corpus = corpus();
    assert!(!corpus.is_empty(), "no corpus found");
    let total: usize = corpus.iter().map(String::len).sum();
    let mut group = c.benchmark_group("analysis");
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            corpus
                .iter()
                .map(|t| analyze(t, today).len())
                .sum::<usize>()
        })
    });
    for (name, bytes) in [
        ("10KB", 10 * 1024),
        ("100KB", 100 * 1024),
        ("1MB", 1024 * 1024),
    ] {
        let text = sized(&corpus, bytes);
        let text = &text[..text.floor_char_boundary(bytes)];
        let covered = analyze(text, today).last().map_or(0, |p| p.span.end());
        assert!(
            covered * 10 >= text.chars().count() * 9,
            "{name}: the analysis stops at char {covered}"
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(if bytes > 200_000 { 10 } else { 30 });
        group.bench_with_input(BenchmarkId::new("paste", name), text, |b, t| {
            b.iter(|| analyze(t, today).len())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
