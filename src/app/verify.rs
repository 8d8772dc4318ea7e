//! `meldwijzer verify`: scenario files checked against the flow, for content editors and CI.
//! Exit 0 when every scenario holds, 1 when one fails, 2 when a file is invalid.

use std::io::{self, Write};
use std::path::Path;

use meldwijzer::diagnostic::{LevelNames, Severity, render_each_named};
use meldwijzer::verifier::Verdict;
use meldwijzer::{Diagnostic, Guide, Lang, loader, sanitize, scenario, verifier};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

use super::args::Format;
use super::config::VerifyConfig;
use super::error::{AppError, AppResult};

/// A finding, as JSON.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
struct Finding {
    /// `error` (the scenario or file fails) or `warning`.
    severity: &'static str,
    /// What was found.
    message: String,
    /// Where: `FILE:LINE:COLUMN`.
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<String>,
    /// What the marked place holds or lacks.
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    /// How to put it right.
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
}

impl From<&Diagnostic> for Finding {
    fn from(d: &Diagnostic) -> Self {
        Self {
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            message: clean(&d.message),
            position: d.position().map(|p| clean(&p)),
            label: d.label.as_deref().map(clean),
            help: d.help.as_deref().map(clean),
        }
    }
}

/// `text` (which may quote a file) with every control character made visible: JSON
/// escapes only some of them, and its readers often print it to a terminal.
fn clean(text: &str) -> String {
    sanitize::single_line(text).into_owned()
}

/// One scenario's verdict, as JSON.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
struct ScenarioReport {
    /// The scenario's id.
    id: String,
    /// True if its answers still reach its expected advice.
    holds: bool,
    /// The id of the outcome its answers reach, if they reach one.
    #[serde(skip_serializing_if = "Option::is_none")]
    reached: Option<String>,
    /// Why it fails (errors), and answers it gives that are not used (warnings).
    findings: Vec<Finding>,
}

/// One file's verdicts, as JSON; `problems` make the file itself invalid.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
struct FileReport {
    /// The scenario file, as named on the command line.
    file: String,
    /// False if the file itself cannot be read or parsed.
    valid: bool,
    /// What makes the file invalid.
    problems: Vec<Finding>,
    /// One verdict per scenario.
    scenarios: Vec<ScenarioReport>,
}

/// Every file's verdicts.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "meldwijzer verify report (verify --format json)")
)]
struct Report {
    /// The version of this format (1).
    format_version: u32,
    /// One report per file, in the order given.
    files: Vec<FileReport>,
}

/// The JSON Schema of `verify --format json`.
#[cfg(all(test, feature = "schema"))]
pub(crate) fn schema() -> String {
    meldwijzer::loader::schema_of::<Report>()
}

/// What verifying one file found, before it is printed.
struct Outcome {
    file: String,
    problems: Vec<Diagnostic>,
    verdicts: Vec<(String, bool, Option<String>, Vec<Diagnostic>)>,
}

/// The "now reaches" finding of `verdict` told in the reader's language, with the titles
/// of both outcomes and the place in the flow of the answer where the route turned away.
fn explain_diversion(guide: &Guide, lang: Lang, verdict: &mut Verdict<'_>) {
    let (Some(diversion), Some(reached)) = (verdict.diversion.clone(), verdict.reached.clone())
    else {
        return;
    };
    let flow = &guide.flow;
    let title = |id: &str| {
        flow.outcome(id)
            .map(|o| guide.catalog.text(lang, &o.title.id))
            .unwrap_or_default()
    };
    let expected = verdict.scenario.outcome.id.clone();
    let question = &flow.questions[diversion.step.question];
    let answer = &question.answers[diversion.step.answer];
    let (line, column) = flow.file.line_col(answer.next.span.start);
    let place = format!("{}:{line}:{column}", flow.file.name());
    let f = |id: &str, args: &[(&str, &str)]| guide.catalog.format(lang, id, args);
    let message = f(
        "ui-verify-reaches",
        &[
            ("id", &verdict.scenario.id.id),
            ("reached", &reached),
            ("reached_title", &title(&reached)),
            ("expected", &expected),
            ("expected_title", &title(&expected)),
        ],
    );
    let where_args = [
        ("question", question.id.id.as_str()),
        ("answer", answer.id.id.as_str()),
        ("place", place.as_str()),
        ("next", answer.next.id.as_str()),
    ];
    let help = f("ui-verify-turned", &where_args);
    if let Some(finding) = verdict.findings.get_mut(diversion.finding) {
        finding.message = message;
        finding.label = Some(f("ui-verify-expected-here", &[]));
        finding.help = Some(help);
    }
}

/// `finding` said in the reader's language, where the verifier says what it is; the
/// outcomes and contacts it names get their titles beside their ids.
fn localize(guide: &Guide, lang: Lang, finding: &mut Diagnostic) {
    let Some(wording) = finding.wording.take() else {
        return;
    };
    let flow = &guide.flow;
    let text = |id: &str| guide.catalog.text(lang, id);
    let mut args: Vec<(&str, String)> = wording.args.clone();
    for (name, value) in &wording.args {
        match *name {
            "outcome" => {
                let title = flow.outcome(value);
                args.push((
                    "outcome_title",
                    title.map(|o| text(&o.title.id)).unwrap_or_default(),
                ));
            }
            "contact" => {
                let contact = flow.contact(value);
                args.push((
                    "contact_name",
                    contact.map(|c| text(&c.name.id)).unwrap_or_default(),
                ));
            }
            _ => {}
        }
    }
    let say = |id: &str, kind: &str| {
        let mut all: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        all.push(("kind", kind));
        guide.catalog.format(lang, id, &all)
    };
    finding.message = say("ui-verify-finding", wording.kind);
    if finding.label.is_some() {
        let label = say("ui-verify-finding-label", wording.kind);
        finding.label = (!label.is_empty()).then_some(label);
    }
    finding.help = wording
        .help
        .map(|kind| say("ui-verify-finding-help", kind))
        .filter(|help| !help.is_empty());
}

fn verify_file(guide: &Guide, lang: Lang, path: &Path) -> Outcome {
    let name = path.display().to_string();
    let mut outcome = Outcome {
        file: clean(&name),
        problems: Vec::new(),
        verdicts: Vec::new(),
    };
    let file = match loader::read_text_file(path, &name) {
        Ok((file, _bom)) => file,
        Err(diagnostic) => {
            outcome.problems.push(diagnostic);
            return outcome;
        }
    };
    let scenarios = match scenario::parse(&file) {
        Ok(scenarios) => scenarios,
        Err(diagnostic) => {
            outcome.problems.push(diagnostic);
            return outcome;
        }
    };
    outcome.problems = verifier::check_file(&scenarios);
    for problem in &mut outcome.problems {
        localize(guide, lang, problem);
    }
    if outcome.problems.is_empty() {
        outcome.verdicts = verifier::verify(&guide.flow, &scenarios)
            .into_iter()
            .map(|mut v| {
                explain_diversion(guide, lang, &mut v);
                let unnamed = verifier::unnamed_countries(guide, &scenarios, &v);
                v.findings.extend(unnamed);
                for finding in &mut v.findings {
                    localize(guide, lang, finding);
                }
                let holds = v.holds();
                let reached = v.reached.as_deref().map(clean);
                (clean(&v.scenario.id.id), holds, reached, v.findings)
            })
            .collect();
    }
    outcome
}

/// Verifies every file and reports: findings on standard error and one line per file on
/// standard output, or everything as JSON.
pub(crate) fn run(
    guide: &Guide,
    verify: &VerifyConfig,
    lang: Lang,
    color: bool,
    out: &mut dyn Write,
) -> AppResult {
    let outcomes: Vec<Outcome> = verify
        .files
        .iter()
        .map(|path| verify_file(guide, lang, path))
        .collect();
    let invalid = outcomes.iter().any(|o| !o.problems.is_empty());
    let failing = outcomes
        .iter()
        .any(|o| o.verdicts.iter().any(|(_, holds, _, _)| !holds));
    match verify.format {
        Format::Text => text(guide, lang, &outcomes, color, out)?,
        Format::Json => json(&outcomes, out)?,
    }
    out.flush()?;
    if invalid {
        Err(AppError::Reported(2))
    } else if failing {
        Err(AppError::Reported(1))
    } else {
        Ok(())
    }
}

fn text(
    guide: &Guide,
    lang: Lang,
    outcomes: &[Outcome],
    color: bool,
    out: &mut dyn Write,
) -> AppResult {
    let say = |id: &str, numbers: &[(&str, u128)], args: &[(&str, &str)]| {
        guide.catalog.format_numbers(lang, id, numbers, args)
    };
    let word = |id: &str| guide.catalog.text(lang, id);
    let (error, warning, help) = (
        word("ui-word-error"),
        word("ui-word-warning"),
        word("ui-word-help"),
    );
    let names = LevelNames {
        error: &error,
        warning: &warning,
        help: &help,
    };
    let render_each = |findings: &[Diagnostic], color| render_each_named(findings, color, &names);
    let mut stderr = io::stderr().lock();
    for outcome in outcomes {
        let file = [("file", outcome.file.as_str())];
        if !outcome.problems.is_empty() {
            write!(stderr, "{}", render_each(&outcome.problems, color))?;
            let errors = outcome.problems.iter().filter(|d| d.is_error()).count();
            let line = say("ui-verify-invalid", &[("count", errors as u128)], &file);
            writeln!(out, "{line}")?;
            continue;
        }
        for (_, _, _, findings) in &outcome.verdicts {
            if !findings.is_empty() {
                write!(stderr, "{}", render_each(findings, color))?;
            }
        }
        let total = outcome.verdicts.len() as u128;
        let failed: Vec<&str> = outcome
            .verdicts
            .iter()
            .filter(|(_, holds, _, _)| !holds)
            .map(|(id, _, _, _)| id.as_str())
            .collect();
        let line = if failed.is_empty() {
            say("ui-verify-holds", &[("count", total)], &file)
        } else {
            let ids = failed.join(", ");
            say(
                "ui-verify-fail",
                &[("failed", failed.len() as u128), ("total", total)],
                &[("file", outcome.file.as_str()), ("ids", &ids)],
            )
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn json(outcomes: &[Outcome], out: &mut dyn Write) -> AppResult {
    let reports: Vec<FileReport> = outcomes
        .iter()
        .map(|o| FileReport {
            file: o.file.clone(),
            valid: o.problems.is_empty(),
            problems: o.problems.iter().map(Finding::from).collect(),
            scenarios: o
                .verdicts
                .iter()
                .map(|(id, holds, reached, findings)| ScenarioReport {
                    id: id.clone(),
                    holds: *holds,
                    reached: reached.clone(),
                    findings: findings.iter().map(Finding::from).collect(),
                })
                .collect(),
        })
        .collect();
    let report = Report {
        format_version: meldwijzer::record::FORMAT_VERSION,
        files: reports,
    };
    let text =
        serde_json::to_string_pretty(&report).map_err(|e| AppError::Failed(e.to_string()))?;
    writeln!(out, "{text}")?;
    Ok(())
}
