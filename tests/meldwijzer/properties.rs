//! Property tests over generated trees, valid and broken: loading never panics, valid trees
//! pass, every route ends in an outcome, and every problem is located inside its file.

use meldwijzer::diagnostic::Diagnostic;
use meldwijzer::routes;
use meldwijzer::synthetic::{Shape, Target};
use meldwijzer::walker::Walker;
use proptest::prelude::*;

/// A valid shape from random numbers: every node reachable (each has a parent earlier in
/// the tree), answers only lead forward (no cycles), at least two answers per question.
fn shape(questions: usize, outcomes: usize, random: &[u32]) -> Shape {
    let mut next = random.iter().copied().cycle();
    let mut pick = |n: usize| next.next().unwrap_or(0) as usize % n.max(1);
    let mut answers: Vec<Vec<Target>> = vec![Vec::new(); questions];
    for q in 1..questions {
        let parent = pick(q);
        answers[parent].push(Target::Question(q));
    }
    for o in 0..outcomes {
        let parent = pick(questions);
        answers[parent].push(Target::Outcome(o));
    }
    for (q, list) in answers.iter_mut().enumerate() {
        while list.len() < 2 {
            let later = questions - q - 1;
            let choice = pick(later + outcomes);
            list.push(if choice < later {
                Target::Question(q + 1 + choice)
            } else {
                Target::Outcome(choice - later)
            });
        }
    }
    Shape {
        questions: answers,
        outcomes,
    }
}

fn shapes() -> impl Strategy<Value = Shape> {
    (
        1usize..14,
        1usize..9,
        proptest::collection::vec(any::<u32>(), 1..64),
    )
        .prop_map(|(q, o, r)| shape(q, o, &r))
}

/// Ways to break a generated flow, each certain to make it invalid.
#[derive(Debug, Clone, Copy)]
enum Damage {
    UnknownTarget,
    DuplicateQuestion,
    Cycle,
    MissingOutcome,
    MissingWarning,
    UnclosedTable,
}

fn damage(flow: &str, how: Damage) -> String {
    match how {
        Damage::UnknownTarget => flow.replacen("next = \"", "next = \"nowhere-", 1),
        Damage::DuplicateQuestion => flow.replacen(
            "[[outcome]]",
            "[[question]]\nid = \"q0\"\ntext = \"gen-question\"\nanswers = []\n\n[[outcome]]",
            1,
        ),
        // The last question's first answer goes back to the start.
        Damage::Cycle => {
            let last = flow.rfind("[[question]]").expect("a question");
            let (head, tail) = flow.split_at(last);
            let start = tail.find("next = \"").expect("an answer") + 8;
            let end = start + tail[start..].find('"').expect("closing quote");
            format!("{head}{}q0{}", &tail[..start], &tail[end..])
        }
        Damage::MissingOutcome => flow.replacen("id = \"o0\"", "id = \"o0-gone\"", 1),
        Damage::MissingWarning => flow.replacen(
            "warnings = [\"gen-warning\"]\nsource",
            "warnings = []\nsource",
            1,
        ),
        Damage::UnclosedTable => flow.replacen("[[question]]", "[[question]", 1),
    }
}

fn damages() -> impl Strategy<Value = Damage> {
    prop_oneof![
        Just(Damage::UnknownTarget),
        Just(Damage::DuplicateQuestion),
        Just(Damage::Cycle),
        Just(Damage::MissingOutcome),
        Just(Damage::MissingWarning),
        Just(Damage::UnclosedTable),
    ]
}

/// Every located diagnostic points at a real line and column of its file.
fn located_inside(diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    for d in diagnostics {
        if let Some(location) = &d.location {
            let text = location.file.text();
            prop_assert!(
                location.span.start <= text.len() && location.span.end <= text.len(),
                "{d}"
            );
            let (line, column) = location.file.line_col(location.span.start);
            let lines: Vec<&str> = text.split('\n').collect();
            prop_assert!(line >= 1 && line <= lines.len(), "{d}");
            prop_assert!(
                column >= 1 && column <= lines[line - 1].chars().count() + 1,
                "{d}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn valid_trees_pass_and_every_route_ends_in_an_outcome(shape in shapes()) {
        let generated = shape.generate();
        let (guide, warnings) = match generated.load() {
            Ok(loaded) => loaded,
            Err(errors) => return Err(TestCaseError::fail(meldwijzer::diagnostic::render_all(&errors, false))),
        };
        prop_assert!(warnings.is_empty());
        let total = routes::count(&guide.flow);
        let listed = routes::list(&guide.flow, 10_000);
        prop_assert_eq!(listed.len() as u128, total.min(10_000));
        for route in &listed {
            let mut walker = Walker::new(&guide.flow).expect("a start");
            for step in &route.steps {
                prop_assert!(walker.choose_index(step.answer).is_ok());
            }
            let outcome = walker.outcome();
            prop_assert!(outcome.is_some(), "route does not end in an outcome");
            prop_assert_eq!(&outcome.expect("checked").id.id, &guide.flow.outcomes[route.outcome].id.id);
        }
    }

    #[test]
    fn broken_trees_are_reported_with_locations_inside_the_file(shape in shapes(), how in damages()) {
        let mut generated = shape.generate();
        generated.flow = damage(&generated.flow, how);
        match generated.load() {
            Ok(_) => prop_assert!(false, "{how:?} was not noticed:\n{}", generated.flow),
            Err(errors) => {
                prop_assert!(errors.iter().any(Diagnostic::is_error));
                prop_assert!(errors.iter().all(|d| d.location.is_some()), "{how:?}: an error without a place");
                located_inside(&errors)?;
            }
        }
    }

    #[test]
    fn arbitrary_flow_text_never_panics(text in "\\PC{0,400}") {
        let mut generated = meldwijzer::synthetic::ladder(2);
        generated.flow = text;
        if let Err(errors) = generated.load() {
            located_inside(&errors)?;
        }
    }

    #[test]
    fn arbitrary_messages_never_panic(text in "\\PC{0,400}") {
        let mut generated = meldwijzer::synthetic::ladder(2);
        generated.messages = text;
        if let Err(errors) = generated.load() {
            located_inside(&errors)?;
        }
    }

    #[test]
    fn a_fluent_error_at_the_very_end_is_located_inside_the_file(text in "[A-Za-z]{1,8}") {
        // Found by `arbitrary_messages_never_panic`: "A" alone was located one byte past
        // the end of the file.
        let mut generated = meldwijzer::synthetic::ladder(2);
        generated.messages = text;
        let errors = generated.load().err().unwrap_or_default();
        prop_assert!(!errors.is_empty());
        located_inside(&errors)?;
    }

    #[test]
    fn arbitrary_bytes_are_decoded_or_refused_never_panicked_on(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        match meldwijzer::loader::decode("x.toml", bytes) {
            Ok((file, _)) => {
                let _ = meldwijzer::loader::parse_flow(&file);
            }
            Err(d) => located_inside(&[d])?,
        }
    }
}
