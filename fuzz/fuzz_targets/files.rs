//! Scenario and answers files: any bytes in, scenarios and verdicts or located diagnostics
//! out, never a panic; and nothing a diagnostic shows can drive a terminal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::{Diagnostic, answers, loader, sanitize, scenario, verifier};

thread_local! {
    /// The built-in guide, loaded once: scenarios are verified against it.
    static GUIDE: Guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("the built-in flow is valid")
        .0;
}

/// Located inside its file, and rendered without a character a terminal would act on.
fn check(diagnostic: &Diagnostic) {
    if let Some(location) = &diagnostic.location {
        assert!(location.span.start <= location.span.end);
        assert!(location.span.end <= location.file.text().len());
    }
    let shown = diagnostic.render(false);
    assert!(sanitize::is_clean_text(&shown), "{shown:?}");
}

fuzz_target!(|data: &[u8]| {
    let file = match loader::decode("fuzz.toml", data.to_vec()) {
        Ok((file, _)) => file,
        Err(diagnostic) => return check(&diagnostic),
    };
    match scenario::parse(&file) {
        Ok(scenarios) => {
            let problems = verifier::problems(&scenarios);
            problems.iter().for_each(|p| check(&p.diagnostic));
            if problems.is_empty() {
                GUIDE.with(|guide| {
                    for verdict in verifier::verify(&guide.flow, &scenarios) {
                        verdict.findings.iter().for_each(check);
                    }
                });
            }
        }
        Err(diagnostic) => check(&diagnostic),
    }
    match answers::parse(&file) {
        Ok(pairs) => {
            for (question, answer) in &pairs {
                assert!(question.span.end <= file.text().len());
                assert!(answer.span.end <= file.text().len());
            }
        }
        Err(diagnostic) => check(&diagnostic),
    }
});
