//! `meldwijzer quiz`: a training session. Each situation is told; the trainee walks the
//! guide without seeing the expected answers, then hears whether they reached its advice
//! and, if not, at which question their route left the expected one, and why the advice is
//! what it is. A pause after each situation; at the end, the score over the situations
//! answered and the list of those missed. Nothing is written.

use std::io::{self, BufRead, IsTerminal, Write};

use meldwijzer::verifier::{self, ProblemKind, Verdict};
use meldwijzer::{Advice, Guide, Walker, loader, scenario};

use super::config::{Asking, Config, QuizConfig};
use super::error::{AppError, AppResult, Message, Said};
use super::reason;
use super::style::Style;
use super::voice::Voice;
use super::{Asker, Session, Until, advice_text, plain};

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
    if let Some(seed) = quiz.shuffle {
        shuffle(&mut chosen, seed);
    }
    if let Some(count) = quiz.count {
        chosen.truncate(count);
    }

    let stdin = io::stdin();
    let mut input = stdin.lock();
    // The menu reads the terminal itself; the pause between situations reads a line here.
    let mut pause_input: Option<&mut dyn BufRead> = None;
    let plain = Style::new(false, config.width, config.screen);
    let (mut asker, style) = match config.asking {
        Asking::Menu => {
            pause_input = Some(&mut input);
            (
                Asker::Menu,
                Style::new(config.color_stdout, config.width, config.screen),
            )
        }
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
    let (mut right, mut answered) = (0u128, 0u128);
    let mut missed: Vec<(usize, &Verdict<'_>)> = Vec::new();
    for (n, verdict) in chosen.iter().enumerate() {
        // The situation stays above its questions, drawn again when the menu clears the
        // screen.
        let above = |style: Style| situation(session, style, verdict, n + 1, &total);
        writeln!(out)?;
        for line in above(style) {
            writeln!(out, "{line}")?;
        }
        let mut walker = Walker::new(&guide.flow)
            .ok_or_else(|| AppError::Failed("the flow has no start".to_owned()))?;
        let advice = asker.walk(session, &mut walker, out, Until::Advice, &above)?;
        writeln!(out)?;
        let Some(advice) = advice else {
            // Quit: the session ends here, and this situation does not count.
            if let Some(question) = walker.question() {
                let text = guide.catalog.text(config.lang, &question.text.id);
                say(out, "ui-quiz-stopped", &[("question", &text)])?;
            }
            break;
        };
        answered += 1;
        if judge(session, verdict, &walker, &advice, out)? {
            right += 1;
        } else {
            missed.push((n + 1, verdict));
        }
        if let Some(why) = verdict.scenario.why_in(config.lang) {
            say(out, "ui-quiz-why", &[("why", why)])?;
        }
        if n + 1 < chosen.len() && !pause(session, &mut asker, &mut pause_input, out)? {
            break;
        }
    }
    writeln!(out)?;
    end(session, right, answered, &missed, out)
}

/// Waits after a situation's feedback, for reading it and talking about it in a training
/// room: Enter goes on; `q` or the end of input stops (false).
fn pause(
    session: Session<'_>,
    asker: &mut Asker<'_>,
    menu_input: &mut Option<&mut dyn BufRead>,
    out: &mut dyn Write,
) -> AppResult<bool> {
    writeln!(out)?;
    let prompt = session.guide.catalog.text(session.lang, "ui-quiz-pause");
    write!(out, "{} ", session.style.dim(&prompt))?;
    out.flush()?;
    let line = match (asker, menu_input) {
        (Asker::Plain { input, echo }, _) => plain::read_line(*input, out, *echo)?,
        (_, Some(input)) => plain::read_line(*input, out, false)?,
        _ => plain::Line::End,
    };
    // Anything but text (the end of input, or bytes that are not text) ends the session
    // only at the end of input; a garbled line goes on, as Enter would.
    Ok(match line {
        plain::Line::Text(text) => !text.trim().eq_ignore_ascii_case("q"),
        plain::Line::NotText => true,
        plain::Line::End => false,
    })
}

/// The score over the situations answered, and the list of those missed.
fn end(
    session: Session<'_>,
    right: u128,
    answered: u128,
    missed: &[(usize, &Verdict<'_>)],
    out: &mut dyn Write,
) -> AppResult {
    let Session { guide, lang, style } = session;
    let score = guide.catalog.format_numbers(
        lang,
        "ui-quiz-score",
        &[("right", right), ("total", answered)],
        &[],
    );
    for line in style.wrap(&score, "", "") {
        writeln!(out, "{}", style.title(&line))?;
    }
    if !missed.is_empty() {
        for line in style.wrap(&guide.catalog.text(lang, "ui-quiz-missed"), "", "") {
            writeln!(out, "{line}")?;
        }
        for &(number, verdict) in missed {
            let title = expected_title(session, verdict).unwrap_or_default();
            let item = guide.catalog.format(
                lang,
                "ui-quiz-missed-item",
                &[
                    ("number", &number.to_string()),
                    ("id", &verdict.scenario.id.id),
                    ("title", &title),
                ],
            );
            for line in style.wrap(&item, "- ", "  ") {
                writeln!(out, "{line}")?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Puts the situations in an order given by `seed`: a xorshift generator, so that the
/// same seed gives the same order (for tests and for a trainer who wants it again).
fn shuffle<T>(items: &mut [T], seed: u64) {
    // Zero would stay zero for ever.
    let mut state = seed ^ 0x9e37_79b9_7f4a_7c15;
    if state == 0 {
        state = 1;
    }
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    // Fisher and Yates, from the end.
    for i in (1..items.len()).rev() {
        let bound = u64::try_from(i + 1).unwrap_or(u64::MAX);
        let j = usize::try_from(next() % bound).unwrap_or(0);
        items.swap(i, j);
    }
}

/// The title of the advice `verdict`'s scenario expects.
fn expected_title(session: Session<'_>, verdict: &Verdict<'_>) -> Option<String> {
    let Session { guide, lang, .. } = session;
    guide
        .flow
        .outcome(&verdict.scenario.outcome.id)
        .map(|o| guide.catalog.text(lang, &o.title.id))
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
/// language (or the one it is told in, said so), in `style`.
fn situation(
    session: Session<'_>,
    style: Style,
    verdict: &Verdict<'_>,
    number: usize,
    total: &str,
) -> Vec<String> {
    let Session { guide, lang, .. } = session;
    let number = number.to_string();
    let heading = guide.catalog.format(
        lang,
        "ui-quiz-situation",
        &[("number", &number), ("total", total)],
    );
    let mut lines = vec![style.title(&heading)];
    if let Some((code, text)) = verdict.scenario.situation_in(lang) {
        // Refused when loaded if it holds control characters; neutralised here all the
        // same, as every text from a file is before it reaches a terminal.
        let code = meldwijzer::sanitize::single_line(code);
        lines.extend(style.wrap(&meldwijzer::sanitize::for_terminal(text), "", ""));
        if code != lang.code() {
            let note = guide
                .catalog
                .format(lang, "ui-quiz-told-in", &[("code", &code)]);
            lines.extend(style.wrap(&note, "", ""));
        }
    }
    lines
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
    let scenario = verdict.scenario;
    let first_contact = |outcome: &str| {
        flow.outcome(outcome)
            .and_then(|o| o.contacts.first())
            .map(|c| c.id.clone())
    };
    // What the caller is told to do first is what counts: the same first contact by
    // another route is right too.
    let same_first = first_contact(&advice.outcome)
        .is_some_and(|c| first_contact(&scenario.outcome.id) == Some(c));
    let right = scenario.accepts(&advice.outcome) || same_first;
    if advice.outcome == scenario.outcome.id {
        lines.push(text("ui-quiz-right"));
    } else if same_first {
        let contact = advice
            .contacts
            .first()
            .map(|c| c.name.clone())
            .unwrap_or_default();
        lines.push(guide.catalog.format(
            lang,
            "ui-quiz-right-same-first",
            &[("contact", &contact)],
        ));
    } else if right {
        lines.push(text("ui-quiz-right-also"));
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
        if let Some(outcome) = flow.outcome(&verdict.scenario.outcome.id) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order_and_every_item_once() {
        let mut a: Vec<u32> = (0..25).collect();
        let mut b = a.clone();
        shuffle(&mut a, 7);
        shuffle(&mut b, 7);
        assert_eq!(a, b);
        assert_ne!(a, (0..25).collect::<Vec<_>>(), "shuffled");
        let mut c = a.clone();
        shuffle(&mut c, 8);
        assert_ne!(a, c, "another seed, another order");
        c.sort_unstable();
        assert_eq!(c, (0..25).collect::<Vec<_>>());
    }
}
