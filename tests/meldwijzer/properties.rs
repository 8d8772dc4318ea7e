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

/// The built-in flow, for verifying generated scenarios against.
fn embedded_flow() -> &'static meldwijzer::Flow {
    static FLOW: std::sync::OnceLock<meldwijzer::Flow> = std::sync::OnceLock::new();
    FLOW.get_or_init(|| {
        meldwijzer::loader::parse_flow(&meldwijzer::source_file::SourceFile::new(
            meldwijzer::embedded::FLOW_NAME,
            meldwijzer::embedded::FLOW,
        ))
        .expect("the built-in flow parses")
    })
}

/// Located inside its file, and nothing a terminal would act on when shown.
fn shown_safely(diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    located_inside(diagnostics)?;
    for d in diagnostics {
        let shown = d.render(false);
        prop_assert!(meldwijzer::sanitize::is_clean_text(&shown), "{shown:?}");
    }
    Ok(())
}

/// What the fuzz target `files` does, for the test suite: a scenario or answers file read,
/// checked and verified, never a panic, every finding located and shown safely.
fn scenario_and_answers_files(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let file = match meldwijzer::loader::decode("x.toml", bytes) {
        Ok((file, _)) => file,
        Err(d) => return shown_safely(&[d]),
    };
    match meldwijzer::scenario::parse(&file) {
        Ok(scenarios) => {
            let problems = meldwijzer::verifier::check_file(&scenarios);
            shown_safely(&problems)?;
            if problems.is_empty() {
                for verdict in meldwijzer::verifier::verify(embedded_flow(), &scenarios) {
                    shown_safely(&verdict.findings)?;
                }
            }
        }
        Err(d) => shown_safely(&[d])?,
    }
    match meldwijzer::answers::parse(&file) {
        Ok(pairs) => {
            for (question, answer) in pairs {
                prop_assert!(question.span.end <= file.text().len());
                prop_assert!(answer.span.end <= file.text().len());
            }
        }
        Err(d) => shown_safely(&[d])?,
    }
    Ok(())
}

/// `text` as a TOML basic string: every character kept, control characters escaped.
fn toml_quoted(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            c if c.is_control() => {
                let _ = std::fmt::Write::write_fmt(
                    &mut quoted,
                    format_args!("\\U{:08X}", u32::from(c)),
                );
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// A scenario file with one of its fields made of arbitrary characters.
fn hostile_scenarios() -> impl Strategy<Value = String> {
    let text = proptest::collection::vec(any::<char>(), 0..12)
        .prop_map(|chars| chars.into_iter().collect::<String>());
    (0..6_usize, text).prop_map(|(field, junk)| {
        let quoted = toml_quoted(&junk);
        let mut values = [
            "\"s\"".to_owned(),
            "\"A case.\"".to_owned(),
            "\"country\"".to_owned(),
            "\"danger-now\"".to_owned(),
            "\"emergency\"".to_owned(),
            "\"helpwanted\"".to_owned(),
        ];
        values[field] = quoted;
        format!(
            "[[scenario]]\nid = {}\nsituation = {{ en = {} }}\nanswers = {{ {} = {} }}\noutcome = {}\nnever-offers = [{}]\n",
            values[0], values[1], values[2], values[3], values[4], values[5]
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn scenario_and_answers_files_of_arbitrary_bytes_are_checked_never_panicked_on(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        scenario_and_answers_files(bytes)?;
    }

    #[test]
    fn any_text_in_any_scenario_field_is_checked_and_shown_safely(text in hostile_scenarios()) {
        scenario_and_answers_files(text.into_bytes())?;
    }

    #[test]
    fn the_fuzz_seeds_mutated_are_checked_and_shown_safely(
        seed in 0..3_usize,
        at in any::<proptest::sample::Index>(),
        junk in proptest::collection::vec(any::<u8>(), 0..16),
    ) {
        let seeds: [&[u8]; 3] = [
            include_bytes!("../../fuzz/seeds/scenarios.toml"),
            include_bytes!("../../fuzz/seeds/hostile-scenarios.toml"),
            include_bytes!("../../fuzz/seeds/answers.toml"),
        ];
        let mut bytes = seeds[seed].to_vec();
        let at = at.index(bytes.len() + 1);
        bytes.splice(at..at, junk);
        scenario_and_answers_files(bytes)?;
    }
}
