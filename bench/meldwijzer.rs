//! Benchmarks (divan): `cargo bench`. Timings, not pass/fail tests; `bench/compare.sh`
//! measures whole runs of the binary against the targets.

use divan::Bencher;
use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::{Advice, Lang, Walker, routes, synthetic};

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
