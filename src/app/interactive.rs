//! The guide as a conversation: one question at a time, with back, start again and quit.

use std::fmt;
use std::io::Write;

use inquire::Select;
use inquire::error::InquireError;
use inquire::ui::RenderConfig;
use meldwijzer::{Advice, Guide, Lang, Walker};

use super::advice_text;
use super::error::{AppError, AppResult};
use super::style::{Style, wrap};

/// One line of a choice list.
enum Choice {
    Answer(usize, String),
    Back(String),
    Restart(String),
    Quit(String),
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Answer(_, label)
            | Self::Back(label)
            | Self::Restart(label)
            | Self::Quit(label) => f.write_str(label),
        }
    }
}

/// What the person picked.
enum Picked {
    Choice(Choice),
    /// Esc: go back one question.
    Escape,
}

/// Asks questions from the walker's position until the person quits. Returns the last
/// advice shown, if any.
pub(crate) fn run(
    guide: &Guide,
    lang: Lang,
    style: Style,
    walker: &mut Walker<'_>,
    out: &mut dyn Write,
) -> AppResult<Option<Advice>> {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let hint = format!(
        "{}  ·  {}",
        ui("ui-prompt-hint"),
        guide.emergency_line(lang)
    );
    let render_config = if style.is_colored() {
        RenderConfig::default_colored()
    } else {
        RenderConfig::empty()
    };
    let mut last_advice = None;
    loop {
        if let Some(question) = walker.question() {
            if let Some(help) = &question.help {
                writeln!(out)?;
                for line in wrap(&guide.catalog.text(lang, &help.id), "", "") {
                    writeln!(out, "{}", style.dim(&line))?;
                }
                out.flush()?;
            }
            let mut choices: Vec<Choice> = question
                .answers
                .iter()
                .enumerate()
                .map(|(i, a)| Choice::Answer(i, guide.catalog.text(lang, &a.label.id)))
                .collect();
            if !walker.steps().is_empty() {
                choices.push(Choice::Back(ui("ui-back")));
                choices.push(Choice::Restart(ui("ui-restart")));
            }
            choices.push(Choice::Quit(ui("ui-quit")));
            let text = guide.catalog.text(lang, &question.text.id);
            match pick(&text, choices, &hint, &render_config)? {
                Picked::Choice(Choice::Answer(i, _)) => {
                    walker
                        .choose_index(i)
                        .map_err(|_| AppError::Failed("the flow ended unexpectedly".to_owned()))?;
                }
                Picked::Choice(Choice::Back(_)) => {
                    walker.back();
                }
                // Esc goes back; at the first question there is no back, and Esc or
                // Ctrl-D (end of input) there means the person is leaving.
                Picked::Escape => {
                    if !walker.back() {
                        return Err(AppError::Failed(
                            "no answer was given: the input ended (Esc or Ctrl-D) at the first question".to_owned(),
                        ));
                    }
                }
                Picked::Choice(Choice::Restart(_)) => walker.restart(),
                Picked::Choice(Choice::Quit(_)) => break,
            }
        } else if let Some(outcome) = walker.outcome() {
            let advice = Advice::new(guide, lang, walker.steps(), outcome);
            writeln!(out)?;
            write!(out, "{}", advice_text::render(guide, lang, &advice, style))?;
            writeln!(out)?;
            out.flush()?;
            last_advice = Some(advice);
            let choices = vec![
                Choice::Restart(ui("ui-restart")),
                Choice::Back(ui("ui-back")),
                Choice::Quit(ui("ui-quit")),
            ];
            match pick(&ui("ui-what-next"), choices, &hint, &render_config)? {
                Picked::Choice(Choice::Restart(_)) => walker.restart(),
                Picked::Choice(Choice::Back(_)) | Picked::Escape => {
                    walker.back();
                }
                Picked::Choice(_) => break,
            }
        }
    }
    writeln!(out, "{}", ui("ui-goodbye"))?;
    Ok(last_advice)
}

fn pick(
    message: &str,
    choices: Vec<Choice>,
    hint: &str,
    render_config: &RenderConfig<'_>,
) -> AppResult<Picked> {
    let page_size = choices.len().min(15);
    let result = Select::new(message, choices)
        .with_help_message(hint)
        .with_page_size(page_size)
        .with_render_config(*render_config)
        .without_filtering()
        .prompt();
    match result {
        Ok(choice) => Ok(Picked::Choice(choice)),
        Err(InquireError::OperationCanceled) => Ok(Picked::Escape),
        Err(InquireError::OperationInterrupted) => Err(AppError::Interrupted),
        Err(InquireError::NotTTY) => Err(AppError::Failed(
            "cannot ask questions: the input is not a terminal".to_owned(),
        )),
        Err(err) => Err(AppError::Failed(format!(
            "the input ended or could not be read ({err})"
        ))),
    }
}
