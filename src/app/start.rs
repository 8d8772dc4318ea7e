//! `meldwijzer start`: the guide, interactive, scripted or replayed, and its case summary.

use std::io::{self, IsTerminal, Write};

use meldwijzer::record::CaseRecord;
use meldwijzer::{Advice, Guide, Walker};

use super::answers::{self, GivenAnswers};
use super::args::Format;
use super::config::{Asking, Config, StartConfig};
use super::error::{AppError, AppResult, Message};
use super::export::summary;
use super::output;
use super::style::Style;
use super::voice::Voice;
use super::{Asker, Session, Until, advice_text, replay};

/// Runs the guide as `start` asks.
pub(crate) fn run(
    guide: &Guide,
    config: &Config,
    start: &StartConfig,
    out: &mut dyn Write,
) -> AppResult {
    let lang = config.lang;
    // A file that is there already is refused before any question or advice.
    if let Some(path) = &start.output {
        output::check_new_file(path, start.force)?;
    }
    let style =
        Style::new(config.color_stdout, config.width, config.screen).with_links(config.links);
    let given = GivenAnswers::collect(start.answers_file.as_deref(), &start.answers)?;
    given.check_questions(guide)?;
    let mut walker = Walker::new(&guide.flow)
        .ok_or_else(|| AppError::Failed("the flow has no start".to_owned()))?;
    given.walk(&mut walker)?;

    if start.step {
        // The whole route is checked above before anything is shown.
        let Some(outcome) = walker.outcome() else {
            return Err(answers::missing_answer(
                &walker,
                start.format == Format::Json,
            ));
        };
        replay::run(
            guide,
            lang,
            style,
            walker.steps(),
            &mut io::stdin().lock(),
            out,
        )?;
        let advice = Advice::new(guide, lang, walker.steps(), outcome);
        write!(out, "{}", advice_text::render(guide, lang, &advice, style))?;
        return finish(guide, config, start, Some(&advice), out);
    }

    if walker.outcome().is_none() {
        if config.asking == Asking::Never || start.format == Format::Json {
            return Err(answers::missing_answer(
                &walker,
                start.format == Format::Json,
            ));
        }
        // Emergency first, before any question, even when answers were given on the command
        // line; what the guide is only on a fresh start. The menu draws both again when it
        // clears the screen.
        let fresh = given.is_empty();
        let above = move |style: Style| {
            let mut lines = advice_text::emergency(guide, lang, style);
            if fresh {
                lines.extend(style.wrap(&guide.catalog.text(lang, "ui-intro"), "", ""));
            }
            lines
        };
        for line in above(style) {
            writeln!(out, "{line}")?;
        }
        let stdin = io::stdin();
        let mut input = stdin.lock();
        let (mut asker, style) = if config.asking == Asking::Plain {
            let echo = !stdin.is_terminal();
            // No colour at all in the plain guide, whatever `--color` says.
            let plain = Style::new(false, config.width, config.screen);
            (
                Asker::Plain {
                    input: &mut input,
                    echo,
                },
                plain,
            )
        } else {
            (Asker::Menu, style)
        };
        let session = Session { guide, lang, style };
        let last = asker.walk(session, &mut walker, out, Until::Quit, &above)?;
        return finish(guide, config, start, last.as_ref(), out);
    }

    let unused = given.unused(&walker, guide);
    // Built only when there is something to say: it reads the interface texts again.
    if !unused.is_empty() {
        let voice = Voice::new(lang);
        for question in unused {
            let warning = Message::new("ui-warning-unused-answer", &[("question", question)]);
            eprintln!("{}", voice.warning(&warning));
        }
    }
    let Some(outcome) = walker.outcome() else {
        return Ok(());
    };
    let advice = Advice::new(guide, lang, walker.steps(), outcome);
    match start.format {
        Format::Text => write!(out, "{}", advice_text::render(guide, lang, &advice, style))?,
        Format::Json => {
            let record = case_record(guide, config, start, advice.clone());
            let json = serde_json::to_string_pretty(&record)
                .map_err(|e| AppError::Failed(e.to_string()))?;
            writeln!(out, "{json}")?;
        }
    }
    finish(guide, config, start, Some(&advice), out)
}

/// The case record of `advice`, given now.
fn case_record(guide: &Guide, config: &Config, start: &StartConfig, advice: Advice) -> CaseRecord {
    CaseRecord::new(
        advice,
        start.clock.now(),
        guide.fingerprint(config.lang),
        start.staff.clone(),
    )
}

/// Prints or writes the case summary, if one was asked for and advice was reached.
fn finish(
    guide: &Guide,
    config: &Config,
    start: &StartConfig,
    advice: Option<&Advice>,
    out: &mut dyn Write,
) -> AppResult {
    let (Some(markup), Some(advice)) = (start.summary, advice) else {
        out.flush()?;
        return Ok(());
    };
    let record = case_record(guide, config, start, advice.clone());
    let text = summary::render(guide, config.lang, &record, markup);
    if let Some(path) = &start.output {
        output::write_new_file(path, &text, start.force)?;
        let file = path.display().to_string();
        eprintln!(
            "{}",
            guide
                .catalog
                .format(config.lang, "ui-summary-written", &[("file", &file)])
        );
    } else {
        writeln!(out)?;
        write!(out, "{text}")?;
    }
    out.flush()?;
    Ok(())
}
