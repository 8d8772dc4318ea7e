//! `meldwijzer quiz`: a training session. Each situation is told; the trainee walks the
//! guide without seeing the expected answers, then hears whether they reached its advice
//! and, if not, at which question their route left the expected one. Nothing is written.

use std::io::{self, IsTerminal, Write};

use meldwijzer::verifier::{self, ProblemKind, Verdict};
use meldwijzer::{Advice, Guide, Walker, loader, scenario};

use super::config::{Asking, Config, QuizConfig};
use super::error::{AppError, AppResult, Message, Said};
use super::reason;
use super::style::Style;
use super::voice::Voice;
use super::{Asker, Session, Until, advice_text};

/// Runs the session over the scenarios of `quiz.file`.
pub(crate) fn run(
    guide: &Guide,
    config: &Config,
    quiz: &QuizConfig,
    out: &mut dyn Write,
) -> AppResult {
    let name = quiz.file.display().to_string();
    let scenarios = load(quiz, &name, config)?;
    let verdicts = verifier::verify(&guide.flow, &scenarios);
    let mut chosen = choose(&verdicts, quiz.scenario.as_deref(), &name)?;
    // A helpline in one country trains on its own routes and those for everyone; a
    // situation named with --scenario is asked whatever its country.
    if quiz.scenario.is_none() {
        chosen.retain(|v| {
            v.steps.first().is_none_or(|s| {
                meldwijzer::country::keeps(&guide.flow, quiz.country, s.question, s.answer)
            })
        });
    }

    let stdin = io::stdin();
    let mut input = stdin.lock();
    let plain = Style::new(false, config.width, config.screen);
    let (mut asker, style) = match config.asking {
        Asking::Menu => (
            Asker::Menu,
            Style::new(config.color_stdout, config.width, config.screen),
        ),
        Asking::Plain => {
            let echo = !stdin.is_terminal();
            (
                Asker::Plain {
                    input: &mut input,
                    echo,
                },
                plain,
            )
        }
        Asking::Never => {
            return Err(Said::usage(Message::new("ui-error-quiz-needs-input", &[])).into());
        }
    };
    let session = Session {
        guide,
        lang: config.lang,
        style,
    };
    let say = |out: &mut dyn Write, id: &str, args: &[(&str, &str)]| -> AppResult {
        let text = guide.catalog.format(config.lang, id, args);
        for line in style.wrap(&text, "", "") {
            writeln!(out, "{line}")?;
        }
        Ok(())
    };
    for line in advice_text::emergency(guide, config.lang, style) {
        writeln!(out, "{line}")?;
    }
    say(out, "ui-quiz-intro", &[])?;
    if matches!(asker, Asker::Plain { .. }) {
        say(out, "ui-plain-keys", &[])?;
    }

    let total = chosen.len().to_string();
    let (mut right, mut attempted) = (0, 0);
    for (n, verdict) in chosen.iter().enumerate() {
        tell(session, verdict, n + 1, &total, out)?;
        let mut walker = Walker::new(&guide.flow)
            .ok_or_else(|| AppError::Failed("the flow has no start".to_owned()))?;
        let advice = asker.walk(session, &mut walker, out, Until::Advice)?;
        attempted += 1;
        writeln!(out)?;
        let Some(advice) = advice else {
            // Quit: the session ends here.
            if let Some(question) = walker.question() {
                let text = guide.catalog.text(config.lang, &question.text.id);
                say(out, "ui-quiz-stopped", &[("question", &text)])?;
            }
            break;
        };
        if judge(session, verdict, &walker, &advice, out)? {
            right += 1;
        }
    }
    writeln!(out)?;
    let score = guide.catalog.format(
        config.lang,
        "ui-quiz-score",
        &[
            ("right", &right.to_string()),
            ("total", &attempted.to_string()),
        ],
    );
    for line in style.wrap(&score, "", "") {
        writeln!(out, "{}", style.title(&line))?;
    }
    out.flush()?;
    Ok(())
}

/// The scenario file, parsed and checked; its problems are said in the reader's language
/// (exit 2).
fn load(quiz: &QuizConfig, name: &str, config: &Config) -> AppResult<scenario::ScenarioFile> {
    let said = |reason: Message| {
        Said::usage(
            Message::new("ui-error-scenario-file", &[("file", name)]).with("reason", reason),
        )
    };
    // The catalogue words each problem; the English label under its place would not fit.
    let unlabelled = |mut at: meldwijzer::Diagnostic| {
        at.label = None;
        Box::new(at)
    };
    let (file, _bom) = loader::read_text(&quiz.file, name).map_err(|failure| {
        let said = said(reason::of_read(&failure));
        match failure {
            loader::ReadFailure::Encoding(at) => AppError::SaidAt(unlabelled(at), Box::new(said)),
            _ => said.into(),
        }
    })?;
    let scenarios = scenario::parse(&file).map_err(|at| {
        let said = said(reason::of_toml(&at.message));
        AppError::SaidAt(unlabelled(at), Box::new(said))
    })?;
    let problems = verifier::problems(&scenarios);
    if problems.is_empty() {
        return Ok(scenarios);
    }
    let voice = Voice::new(config.lang);
    let mut stderr = io::stderr().lock();
    for problem in &problems {
        let said = if problem.kind == ProblemKind::Empty {
            Said::usage(Message::new("ui-error-scenario-empty", &[("file", name)]))
                .with_help(Message::new("ui-help-scenario-empty", &[]))
        } else {
            Said::usage(Message::new(
                "ui-error-scenario-problem",
                &[
                    ("file", name),
                    ("problem", problem.kind.name()),
                    ("id", &problem.id),
                ],
            ))
        };
        let _ = writeln!(
            stderr,
            "{}",
            voice.said_at(
                &unlabelled(problem.diagnostic.clone()),
                &said,
                config.color_stderr
            )
        );
    }
    Err(AppError::Reported(2))
}

/// Situation `number` of `total`, as a heading and the situation told in the session's
/// language (or the one it is told in, said so).
fn tell(
    session: Session<'_>,
    verdict: &Verdict<'_>,
    number: usize,
    total: &str,
    out: &mut dyn Write,
) -> AppResult {
    let Session { guide, lang, style } = session;
    writeln!(out)?;
    let number = number.to_string();
    let heading = guide.catalog.format(
        lang,
        "ui-quiz-situation",
        &[("number", &number), ("total", total)],
    );
    writeln!(out, "{}", style.title(&heading))?;
    if let Some((code, text)) = verdict.scenario.situation_in(lang) {
        // Refused when loaded if it holds control characters; neutralised here all the
        // same, as every text from a file is before it reaches a terminal.
        let code = meldwijzer::sanitize::single_line(code);
        for line in style.wrap(&meldwijzer::sanitize::for_terminal(text), "", "") {
            writeln!(out, "{line}")?;
        }
        if code != lang.code() {
            let note = guide
                .catalog
                .format(lang, "ui-quiz-told-in", &[("code", &code)]);
            for line in style.wrap(&note, "", "") {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// The scenarios to ask: the one named, or all; each must still hold for this flow.
fn choose<'v, 's>(
    verdicts: &'v [Verdict<'s>],
    wanted: Option<&str>,
    file: &str,
) -> AppResult<Vec<&'v Verdict<'s>>> {
    let chosen: Vec<&Verdict<'s>> = match wanted {
        None => verdicts.iter().collect(),
        Some(id) => {
            let Some(verdict) = verdicts.iter().find(|v| v.scenario.id.id == id) else {
                let ids: Vec<&str> = verdicts.iter().map(|v| v.scenario.id.id.as_str()).collect();
                let help = Message::did_you_mean(
                    id,
                    &ids,
                    "ui-help-did-you-mean-scenario",
                    "ui-help-scenarios",
                    "scenarios",
                );
                let said = Said::usage(Message::new(
                    "ui-error-no-scenario",
                    &[("id", id), ("file", file)],
                ));
                return Err(said.with_help(help).into());
            };
            vec![verdict]
        }
    };
    if let Some(broken) = chosen.iter().find(|v| !v.holds()) {
        let id = broken.scenario.id.id.as_str();
        let said = Said::failure(Message::new("ui-error-scenario-fails", &[("id", id)]))
            .with_help(Message::new("ui-help-run-verify", &[("file", file)]));
        return Err(said.into());
    }
    Ok(chosen)
}

/// Says whether the walk reached the scenario's advice, and if not where it left the
/// expected route; true when it did.
fn judge(
    session: Session<'_>,
    verdict: &Verdict<'_>,
    walker: &Walker<'_>,
    advice: &Advice,
    out: &mut dyn Write,
) -> AppResult<bool> {
    let Session { guide, lang, style } = session;
    let flow = &guide.flow;
    let text = |id: &str| guide.catalog.text(lang, id);
    let mut lines = Vec::new();
    let right = advice.outcome == verdict.scenario.outcome.id;
    if right {
        lines.push(text("ui-quiz-right"));
    } else {
        lines.push(text("ui-quiz-wrong"));
        let (expected, taken) = (&verdict.steps, walker.steps());
        if let Some(i) = verifier::divergence(expected, taken)
            && let (Some(want), Some(got)) = (expected.get(i), taken.get(i))
        {
            let question = &flow.questions[want.question];
            let label = |answer: usize| text(&question.answers[answer].label.id);
            lines.push(guide.catalog.format(
                lang,
                "ui-quiz-diverged",
                &[
                    ("question", &text(&question.text.id)),
                    ("chosen", &label(got.answer)),
                    ("expected", &label(want.answer)),
                ],
            ));
        }
        if let Some(outcome) = flow
            .outcomes
            .iter()
            .find(|o| o.id.id == verdict.scenario.outcome.id)
        {
            let title = text(&outcome.title.id);
            lines.push(
                guide
                    .catalog
                    .format(lang, "ui-quiz-expected", &[("title", &title)]),
            );
        }
    }
    for (i, line) in lines.iter().enumerate() {
        for wrapped in style.wrap(line, "", "") {
            writeln!(
                out,
                "{}",
                if i == 0 {
                    style.title(&wrapped)
                } else {
                    wrapped
                }
            )?;
        }
    }
    Ok(right)
}
