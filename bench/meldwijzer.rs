//! Benchmarks (divan): `cargo bench`. Timings, not pass/fail tests; `bench/compare.sh`
//! measures whole runs of the binary against the targets.

use divan::Bencher;
use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::{Advice, Lang, Walker, comparison, routes, synthetic};

fn main() {
    divan::main();
}

/// Loading and validating the built-in flow with both locales, as `meldwijzer check` does.
#[divan::bench]
fn load_and_validate_built_in() -> usize {
    let (guide, _) = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded).expect("valid");
    guide.flow.questions.len()
}

/// Loading the built-in flow for one language, as every `start` does.
#[divan::bench]
fn load_built_in_one_language() -> usize {
    let (guide, _) = Guide::embedded(Lang::Nl).expect("valid");
    guide.flow.questions.len()
}

/// A scripted run end to end: load, answer, resolve the advice, write it as JSON.
#[divan::bench]
fn scripted_run_to_json() -> usize {
    let (guide, _) = Guide::embedded(Lang::En).expect("valid");
    let mut walker = Walker::new(&guide.flow).expect("start");
    walker.choose("nl").expect("answer");
    walker.choose("chat-app").expect("answer");
    let advice = Advice::new(
        &guide,
        Lang::En,
        walker.steps(),
        walker.outcome().expect("outcome"),
    );
    serde_json::to_string(&advice).expect("JSON").len()
}

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// `meldwijzer check` on generated flows: parse, build the catalog, validate.
#[divan::bench(args = SIZES, sample_count = 10)]
fn check_generated(bencher: Bencher, nodes: usize) {
    let generated = synthetic::tree(nodes);
    bencher.bench(|| generated.load().is_ok());
}

/// `meldwijzer paths --count` on generated flows: counting without listing.
#[divan::bench(args = SIZES, sample_count = 20)]
fn count_routes_generated(bencher: Bencher, nodes: usize) {
    let (guide, _) = synthetic::tree(nodes).load().expect("valid");
    bencher.bench(|| routes::count(&guide.flow));
}

const DEPTHS: [usize; 2] = [1_000, 10_000];

/// `meldwijzer check` on a chain: questions in a row, each with an outcome of its own.
#[divan::bench(args = DEPTHS, sample_count = 5)]
fn check_deep_chain(bencher: Bencher, depth: usize) {
    let generated = synthetic::chain(depth);
    bencher.bench(|| generated.load().is_ok());
}

/// `meldwijzer check` on a ladder: questions in a row, 2^depth routes.
#[divan::bench(args = DEPTHS, sample_count = 5)]
fn check_deep_ladder(bencher: Bencher, depth: usize) {
    let generated = synthetic::ladder(depth);
    bencher.bench(|| generated.load().is_ok());
}

/// The graph `meldwijzer graph` draws, of a deep chain, and one part of it (`--from`).
#[divan::bench(args = DEPTHS, sample_count = 5, sample_size = 1)]
fn graph_deep_chain(bencher: Bencher, depth: usize) {
    // A guide is not shared between threads: each run gets its own, loaded untimed.
    bencher
        .with_inputs(|| synthetic::chain(depth).load().expect("valid").0)
        .bench_local_refs(|guide| {
            let graph = meldwijzer::graph::Graph::new(guide, Lang::En);
            graph.subtree("q1").map(|part| part.nodes.len())
        });
}

/// `meldwijzer diff` of a deep ladder: with itself, and with an outcome reworded (every
/// route changes; the first 1,000 are listed).
#[divan::bench(args = DEPTHS, sample_count = 5, sample_size = 1)]
fn diff_deep_ladder(bencher: Bencher, depth: usize) {
    let old = synthetic::ladder(depth);
    let mut new = old.clone();
    new.messages = new.messages.replace("You arrived.", "You are there.");
    bencher
        .with_inputs(|| {
            let (old, _) = old.load().expect("valid");
            let (new, _) = new.load().expect("valid");
            (old, new)
        })
        .bench_local_refs(|(old, new)| {
            let same = comparison::compare(old, old, &Lang::ALL, 1_000);
            let changed = comparison::compare(old, new, &Lang::ALL, 1_000);
            same.changes.len() + changed.changes.len()
        });
}
