//! The guide as a menu on the terminal: one question at a time, moved through with the
//! arrow keys, with back, start again and quit.
//!
//! Every text handed to the menu is wrapped here to the screen's width, so that no line is
//! left for the terminal to cut in the middle of a word.

use std::fmt;
use std::io::Write;

use inquire::Select;
use inquire::error::InquireError;
use inquire::ui::{RenderConfig, Styled};
use meldwijzer::{Advice, Guide, Lang, Walker};

use super::advice_text;
use super::error::{AppError, AppResult};
use super::signals;
use super::style::Style;
use super::{Session, Until};

/// One line (or a few wrapped lines) of a choice list.
enum Choice {
    Answer(usize, String),
    Back(String),
    Restart(String),
    Quit(String),
}

impl Choice {
    fn label(&self) -> &str {
        match self {
            Self::Answer(_, label)
            | Self::Back(label)
            | Self::Restart(label)
            | Self::Quit(label) => label,
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What the person picked.
enum Picked {
    Choice(Choice),
    /// Esc: go back one question.
    Escape,
}

/// A menu to show: the question (with its hint), the choices, and where the cursor starts.
struct Menu {
    message: String,
    choices: Vec<Choice>,
    cursor: usize,
}

/// The menu's texts in one language, wrapped to one width.
struct Screen<'a> {
    guide: &'a Guide,
    lang: Lang,
    style: Style,
    /// The line under every menu: the keys, and the emergency number.
    hint: String,
    render_config: RenderConfig<'static>,
}

impl Screen<'_> {
    fn ui(&self, id: &str) -> String {
        self.guide.catalog.text(self.lang, id)
    }

    /// `text` wrapped for a place in the menu that starts after a two-column prefix
    /// (`? `, `> ` or `[`), the rest of its lines indented to match.
    fn fit(&self, text: &str) -> String {
        // Text handed to the menu holds no link sequence: the menu measures its rows.
        fit(self.style.with_links(false), text)
    }

    fn pick(&self, menu: Menu) -> AppResult<Picked> {
        let Menu {
            message,
            choices,
            cursor,
        } = menu;
        let choices: Vec<Choice> = choices
            .into_iter()
            .map(|choice| {
                let label = self.fit(choice.label());
                match choice {
                    Choice::Answer(i, _) => Choice::Answer(i, label),
                    Choice::Back(_) => Choice::Back(label),
                    Choice::Restart(_) => Choice::Restart(label),
                    Choice::Quit(_) => Choice::Quit(label),
                }
            })
            .collect();
        let page_size = self.page_size(&message, &choices);
        let style = self.style;
        // After a choice the menu leaves one line: the question, then the answer under it.
        let formatter = move |option: inquire::list_option::ListOption<&Choice>| {
            let lines = style.wrap(
                option.value.label().replace('\n', " ").as_str(),
                "  → ",
                "    ",
            );
            format!("\n{}", lines.join("\n"))
        };
        let result = Select::new(&message, choices)
            .with_help_message(&self.hint)
            .with_page_size(page_size)
            .with_starting_cursor(cursor)
            .with_render_config(self.render_config)
            .with_formatter(&formatter)
            .without_filtering()
            .prompt();
        match result {
            Ok(choice) => Ok(Picked::Choice(choice)),
            Err(InquireError::OperationCanceled) => Ok(Picked::Escape),
            Err(InquireError::OperationInterrupted) => Err(AppError::Interrupted),
            Err(err) => Err(AppError::Failed(format!(
                "the input ended or could not be read ({err})"
            ))),
        }
    }

    /// As many choices as fit on the screen with the question and the hint, so that the
    /// menu never scrolls the terminal (which would leave half-drawn menus behind).
    fn page_size(&self, message: &str, choices: &[Choice]) -> usize {
        let height = terminal_size::terminal_size().map_or(24, |(_, h)| usize::from(h.0));
        let fixed = message.lines().count() + self.hint.lines().count() + 1;
        let mut room = height.saturating_sub(fixed);
        let mut fitting = 0;
        for choice in choices {
            let lines = choice.label().lines().count().max(1);
            if lines > room {
                break;
            }
            room -= lines;
            fitting += 1;
        }
        fitting.clamp(1.min(choices.len()), choices.len().max(1))
    }

    fn say(&self, out: &mut dyn Write, id: &str) -> AppResult {
        writeln!(out)?;
        for line in self.style.wrap(&self.ui(id), "", "") {
            writeln!(out, "{}", self.style.dim(&line))?;
        }
        Ok(())
    }
}

/// `text` wrapped for a place in the menu that follows a prefix of up to two columns (`? `,
/// `> `, `[`): every line has two columns less room, and the lines after the first are
/// indented to line up under the text.
fn fit(style: Style, text: &str) -> String {
    let mut lines = style.wrap(text, "  ", "  ");
    if let Some(first) = lines.first_mut() {
        *first = first.trim_start().to_owned();
    }
    lines.join("\n")
}

/// The menu for `question`: its text with its hint under it, its answers, then Back, Start
/// again (once a question was answered) and Quit; the cursor on answer `cursor`.
fn question_menu(
    screen: &Screen<'_>,
    question: &meldwijzer::flow::Question,
    walker: &Walker<'_>,
    cursor: usize,
) -> Menu {
    let (guide, lang) = (screen.guide, screen.lang);
    let mut message = guide.catalog.text(lang, &question.text.id);
    // A hint that explains the question comes with it, under it.
    if let Some(help) = &question.help {
        message.push('\n');
        message.push_str(&guide.catalog.text(lang, &help.id));
    }
    let mut choices: Vec<Choice> = question
        .answers
        .iter()
        .enumerate()
        .map(|(i, a)| Choice::Answer(i, guide.catalog.text(lang, &a.label.id)))
        .collect();
    if !walker.steps().is_empty() {
        choices.push(Choice::Back(screen.ui("ui-back")));
        choices.push(Choice::Restart(screen.ui("ui-restart")));
    }
    choices.push(Choice::Quit(screen.ui("ui-quit")));
    Menu {
        message: message
            .split('\n')
            .map(|part| screen.fit(part))
            .collect::<Vec<_>>()
            .join("\n  "),
        choices,
        cursor,
    }
}

/// Asks questions from the walker's position until the person quits. Returns the last
/// advice shown, if any.
pub(crate) fn run(
    session: Session<'_>,
    walker: &mut Walker<'_>,
    out: &mut dyn Write,
    until: Until,
) -> AppResult<Option<Advice>> {
    let Session { guide, lang, style } = session;
    signals::give_the_terminal_back_on_termination(super::voice::goodbye(guide, lang));
    let mut render_config = if style.is_colored() {
        RenderConfig::default_colored()
    } else {
        RenderConfig::empty()
    };
    // No library words on the screen: after Esc the question stays, without "<canceled>".
    render_config.canceled_prompt_indicator = Styled::new("");
    let keys = guide.catalog.text(lang, "ui-prompt-hint");
    let hint = fit(
        style.with_links(false),
        &format!("{keys} · {}", guide.emergency_line(lang)),
    );
    let screen = Screen {
        guide,
        lang,
        style,
        hint,
        render_config,
    };
    let mut last_advice = None;
    // The answer to select when a question is shown again after Back.
    let mut cursor = 0;
    loop {
        if let Some(question) = walker.question() {
            let menu = question_menu(&screen, question, walker, std::mem::take(&mut cursor));
            match screen.pick(menu)? {
                Picked::Choice(Choice::Answer(i, _)) => {
                    walker
                        .choose_index(i)
                        .map_err(|_| AppError::Failed("the flow ended unexpectedly".to_owned()))?;
                }
                // Esc goes back like Back does; at the first question there is nowhere to go.
                Picked::Choice(Choice::Back(_)) | Picked::Escape => {
                    let previous = walker.steps().last().map(|step| step.answer);
                    if walker.back() {
                        cursor = previous.unwrap_or(0);
                    } else {
                        screen.say(out, "ui-first-question")?;
                    }
                }
                Picked::Choice(Choice::Restart(_)) => walker.restart(),
                Picked::Choice(Choice::Quit(_)) => break,
            }
        } else if let Some(outcome) = walker.outcome() {
            let advice = Advice::new(guide, lang, walker.steps(), outcome);
            writeln!(out)?;
            write!(out, "{}", advice_text::render(guide, lang, &advice, style))?;
            if until == Until::Advice {
                out.flush()?;
                return Ok(Some(advice));
            }
            // The screen has scrolled past the top of the advice: repeat the action.
            writeln!(out)?;
            for line in advice_text::recap(guide, lang, &advice, style) {
                writeln!(out, "{line}")?;
            }
            out.flush()?;
            last_advice = Some(advice);
            let menu = Menu {
                message: screen.fit(&screen.ui("ui-what-next")),
                choices: vec![
                    Choice::Restart(screen.ui("ui-restart")),
                    Choice::Back(screen.ui("ui-back")),
                    Choice::Quit(screen.ui("ui-quit")),
                ],
                cursor: 0,
            };
            match screen.pick(menu)? {
                Picked::Choice(Choice::Restart(_)) => walker.restart(),
                Picked::Choice(Choice::Back(_)) | Picked::Escape => {
                    cursor = walker.steps().last().map_or(0, |step| step.answer);
                    walker.back();
                }
                Picked::Choice(_) => break,
            }
        }
    }
    if until == Until::Quit {
        for line in style.wrap(&screen.ui("ui-goodbye"), "", "") {
            writeln!(out, "{line}")?;
        }
    }
    Ok(last_advice)
}
