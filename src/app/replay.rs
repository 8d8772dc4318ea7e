//! Trainer replay: prepared answers shown one question at a time, the prepared answer
//! marked, moving on when Enter is pressed, so that a room can follow along.

use std::io::{BufRead, Write};

use meldwijzer::walker::Step;
use meldwijzer::{Guide, Lang};

use super::error::{AppResult, Message, Said};
use super::style::Style;
use super::{advice_text, plain};

/// Shows each step of `steps`, waiting for a line on `input` after each.
pub(crate) fn run(
    guide: &Guide,
    lang: Lang,
    style: Style,
    steps: &[Step],
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> AppResult {
    let ui = |id: &str| guide.catalog.text(lang, id);
    for line in advice_text::emergency(guide, lang, style) {
        writeln!(out, "{line}")?;
    }
    for (n, step) in steps.iter().enumerate() {
        let question = &guide.flow.questions[step.question];
        writeln!(out)?;
        let number = (n + 1).to_string();
        let heading = format!(
            "{} {}",
            guide.catalog.label(
                lang,
                &guide
                    .catalog
                    .format(lang, "ui-step", &[("number", &number)])
            ),
            guide.catalog.text(lang, &question.text.id)
        );
        for line in style.wrap(&heading, "", "  ") {
            writeln!(out, "{}", style.title(&line))?;
        }
        for (i, answer) in question.answers.iter().enumerate() {
            let label = guide.catalog.text(lang, &answer.label.id);
            if i == step.answer {
                let marked = format!("{label}  ({})", ui("ui-replay-prepared"));
                for line in style.wrap(&marked, "  ▸ ", "    ") {
                    writeln!(out, "{}", style.key(&line))?;
                }
            } else {
                for line in style.wrap(&label, "    ", "    ") {
                    writeln!(out, "{}", style.dim(&line))?;
                }
            }
        }
        write!(out, "{} ", style.dim(&ui("ui-replay-continue")))?;
        out.flush()?;
        if plain::read_line(input, out, false)? == plain::Line::End {
            return Err(Said::failure(Message::new("ui-error-replay-ended", &[])).into());
        }
    }
    writeln!(out)?;
    Ok(())
}
