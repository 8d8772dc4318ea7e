//! The guide as a menu on the terminal: one question at a time, moved through with the
//! arrow keys, with back, start again and quit.
//!
//! The menus are inquire's. Every text handed to one is wrapped here, to the width the
//! terminal has when the menu is drawn, so that no line is left for the terminal to cut in
//! the middle of a word; the answers are wrapped again at every frame. When the window
//! changes size, or the person goes back or starts again, the screen is cleared and drawn
//! again from what the guide knows (what stands above the questions, the answers given so
//! far, or the advice), so that no line is left at an old width or of an abandoned
//! question. (inquire is patched to end a menu on a resize: `vendor/inquire/PATCH.md`.)

use std::collections::HashMap;
use std::fmt;
use std::io::Write;

use inquire::Select;
use inquire::error::InquireError;
use inquire::ui::{RenderConfig, Styled};
use meldwijzer::flow::{Node, Question};
use meldwijzer::{Advice, Guide, Lang, Walker};

use super::advice_text;
use super::error::{AppError, AppResult};
use super::signals;
use super::style::Style;
use super::{Above, Session, Until};

/// What a choice does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Answer(usize),
    Back,
    Restart,
    Quit,
}

/// One choice of a menu: what it does, and its text as written (not wrapped).
#[derive(Clone)]
struct Choice {
    kind: Kind,
    label: String,
}

impl fmt::Display for Choice {
    /// The label wrapped to the terminal's width now: inquire asks at every frame, so that
    /// the answers follow the window.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&fit(menu_style(), &self.label))
    }
}

/// The style of text inside a menu, at the terminal's width now: no colour codes of ours
/// (inquire colours the menu) and no link sequences, so that inquire measures its rows
/// right.
fn menu_style() -> Style {
    Style::uncolored(super::style::WIDTH, true).now()
}

/// What the person did with a menu.
enum Picked {
    Choice(Kind),
    /// Esc: go back one question.
    Escape,
}

/// The screen of one walk: its texts and what stands above the questions.
struct Screen<'a> {
    guide: &'a Guide,
    lang: Lang,
    /// The style of the advice: colours and links as the terminal takes them.
    style: Style,
    above: Above<'a>,
    render_config: RenderConfig<'static>,
}

/// A menu to show: the question's paragraphs (its text and its hint), the choices, where
/// the cursor starts, and the keys to name under it.
struct Menu {
    paragraphs: Vec<String>,
    choices: Vec<Choice>,
    cursor: usize,
    keys: &'static str,
}

impl Screen<'_> {
    fn ui(&self, id: &str) -> String {
        self.guide.catalog.text(self.lang, id)
    }

    /// Asks `menu` until a choice is made. After a resize, `backdrop` draws the screen
    /// above the menu again, at the new width, and the menu is asked again with the cursor
    /// where it was.
    fn pick(
        &self,
        menu: Menu,
        backdrop: &dyn Fn(&mut dyn Write, Style) -> AppResult,
        out: &mut dyn Write,
    ) -> AppResult<Picked> {
        let Menu {
            paragraphs,
            choices,
            mut cursor,
            keys,
        } = menu;
        loop {
            let style = menu_style();
            let message = message(style, &paragraphs);
            // A no-break space before the dot: no line of the hint starts with it.
            let hint = fit(
                style,
                &format!(
                    "{}\u{a0}· {}",
                    self.ui(keys),
                    self.guide.emergency_line(self.lang)
                ),
            );
            let page_size = page_size(&message, &hint, &choices);
            // After a choice the menu leaves the question, then the answer under it, each
            // wrapped as a whole (never with the runs of spaces of a label wrapped twice).
            let formatter = move |option: inquire::list_option::ListOption<&Choice>| {
                format!("\n{}", answer_lines(style, &option.value.label).join("\n"))
            };
            let result = Select::new(&message, choices.clone())
                .with_help_message(&hint)
                .with_page_size(page_size)
                .with_starting_cursor(cursor.min(choices.len().saturating_sub(1)))
                .with_render_config(self.render_config)
                .with_formatter(&formatter)
                .without_filtering()
                .prompt();
            return match result {
                Ok(choice) => Ok(Picked::Choice(choice.kind)),
                Err(InquireError::OperationCanceled) => Ok(Picked::Escape),
                Err(InquireError::OperationInterrupted) => Err(AppError::Interrupted),
                Err(InquireError::Resized(at)) => {
                    cursor = at.unwrap_or(cursor);
                    clear(out)?;
                    backdrop(out, self.style.now())?;
                    continue;
                }
                Err(err) => Err(AppError::Failed(format!(
                    "the input ended or could not be read ({err})"
                ))),
            };
        }
    }

    /// What stands above a question: the emergency line and the introduction (or a quiz's
    /// situation), then each question answered so far with its answer, as the menus left
    /// them.
    fn path(&self, walker: &Walker<'_>, out: &mut dyn Write, style: Style) -> AppResult {
        for line in (self.above)(style) {
            writeln!(out, "{line}")?;
        }
        let plain = menu_style();
        for step in walker.steps() {
            let question = &self.guide.flow.questions[step.question];
            let answer = question
                .answers
                .get(step.answer)
                .map(|a| self.guide.catalog.text(self.lang, &a.label.id))
                .unwrap_or_default();
            writeln!(out, "? {}", message(plain, &self.paragraphs(question)))?;
            for line in answer_lines(plain, &answer) {
                writeln!(out, "{line}")?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// The advice at the width the terminal has now, then its recap: the screen has
    /// scrolled past the top of the advice, so the action is repeated at the bottom.
    fn advice(&self, advice: &Advice, out: &mut dyn Write, style: Style) -> AppResult {
        let (guide, lang) = (self.guide, self.lang);
        write!(out, "{}", advice_text::render(guide, lang, advice, style))?;
        writeln!(out)?;
        for line in advice_text::recap(guide, lang, advice, style) {
            writeln!(out, "{line}")?;
        }
        out.flush()?;
        Ok(())
    }

    /// The text of `question`, and its hint if it has one.
    fn paragraphs(&self, question: &Question) -> Vec<String> {
        let mut paragraphs = vec![self.guide.catalog.text(self.lang, &question.text.id)];
        // A hint that explains the question comes with it, under it.
        if let Some(help) = &question.help {
            paragraphs.push(self.guide.catalog.text(self.lang, &help.id));
        }
        paragraphs
    }

    fn say(&self, out: &mut dyn Write, id: &str) -> AppResult {
        let style = self.style.now();
        writeln!(out)?;
        for line in style.wrap(&self.ui(id), "", "") {
            writeln!(out, "{}", style.dim(&line))?;
        }
        Ok(())
    }
}

/// Clears the screen and puts the cursor at its top, for the screen to be drawn anew.
fn clear(out: &mut dyn Write) -> AppResult {
    write!(out, "\x1b[H\x1b[2J")?;
    out.flush()?;
    Ok(())
}

/// `text` wrapped for a place in the menu that follows a prefix of up to two columns (`? `,
/// `> `, `[`) and may be followed by one more (a space, `]`): every line has three columns
/// less room, and the lines after the first are indented to line up under the text.
fn fit(style: Style, text: &str) -> String {
    let narrower = style.at_width(style.width().saturating_sub(1));
    let mut lines = narrower.wrap(text, "  ", "  ");
    if let Some(first) = lines.first_mut() {
        *first = first.trim_start().to_owned();
    }
    lines.join("\n")
}

/// The question of a menu: its paragraphs, each wrapped to follow the `? ` before it.
fn message(style: Style, paragraphs: &[String]) -> String {
    paragraphs
        .iter()
        .map(|part| fit(style, part))
        .collect::<Vec<_>>()
        .join("\n  ")
}

/// The answer under its question once chosen: `  → ` and the answer, wrapped as a whole.
fn answer_lines(style: Style, answer: &str) -> Vec<String> {
    style.wrap(answer, "  → ", "    ")
}

/// As many choices as fit on the screen with the question and the hint, so that the menu
/// never scrolls the terminal (which would leave half-drawn menus behind).
fn page_size(message: &str, hint: &str, choices: &[Choice]) -> usize {
    let height = terminal_size::terminal_size().map_or(24, |(_, h)| usize::from(h.0));
    let fixed = message.lines().count() + hint.lines().count() + 1;
    let mut room = height.saturating_sub(fixed);
    let mut fitting = 0;
    for choice in choices {
        let lines = choice.to_string().lines().count().max(1);
        if lines > room {
            break;
        }
        room -= lines;
        fitting += 1;
    }
    fitting.clamp(1.min(choices.len()), choices.len().max(1))
}

/// What the walk remembers between menus.
#[derive(Default)]
struct Memory {
    /// The answer last chosen at each question (by its index in the flow), selected when
    /// the question is asked again, even two questions back and forward again.
    chosen: HashMap<usize, usize>,
    /// The next menu starts from a clear screen, with the path drawn again (after Back,
    /// Esc or Start again).
    fresh: bool,
    /// A note to say under the path, once.
    note: Option<&'static str>,
}

impl Memory {
    /// Back from the walker's last step: its answer stays selected.
    fn back(&mut self, walker: &mut Walker<'_>) {
        if let Some(step) = walker.steps().last() {
            self.chosen.insert(step.question, step.answer);
        }
        if !walker.back() {
            // At the first question there is nowhere to go back to: say so, once.
            self.note = Some("ui-first-question");
        }
        self.fresh = true;
    }

    fn restart(&mut self, walker: &mut Walker<'_>) {
        walker.restart();
        self.chosen.clear();
        self.fresh = true;
    }
}

/// Asks `question` (at index `at` of the flow) and acts on the choice. False: quit.
fn question_turn(
    screen: &Screen<'_>,
    walker: &mut Walker<'_>,
    question: &Question,
    at: usize,
    memory: &mut Memory,
    out: &mut dyn Write,
) -> AppResult<bool> {
    let (guide, lang) = (screen.guide, screen.lang);
    if std::mem::take(&mut memory.fresh) {
        clear(out)?;
        screen.path(walker, out, screen.style.now())?;
        if let Some(note) = memory.note.take() {
            screen.say(out, note)?;
        }
    }
    let first = walker.steps().is_empty();
    let mut choices: Vec<Choice> = question
        .answers
        .iter()
        .enumerate()
        .map(|(i, a)| Choice {
            kind: Kind::Answer(i),
            label: guide.catalog.text(lang, &a.label.id),
        })
        .collect();
    if !first {
        for (kind, id) in [(Kind::Back, "ui-back"), (Kind::Restart, "ui-restart")] {
            choices.push(Choice {
                kind,
                label: screen.ui(id),
            });
        }
    }
    choices.push(Choice {
        kind: Kind::Quit,
        label: screen.ui("ui-quit"),
    });
    let menu = Menu {
        paragraphs: screen.paragraphs(question),
        choices,
        cursor: memory.chosen.get(&at).copied().unwrap_or(0),
        // The first question has nowhere to go back to: its hint offers no Esc.
        keys: if first {
            "ui-prompt-hint-first"
        } else {
            "ui-prompt-hint"
        },
    };
    let backdrop = |out: &mut dyn Write, style: Style| screen.path(walker, out, style);
    match screen.pick(menu, &backdrop, out)? {
        Picked::Choice(Kind::Answer(i)) => {
            memory.chosen.insert(at, i);
            walker
                .choose_index(i)
                .map_err(|_| AppError::Failed("the flow ended unexpectedly".to_owned()))?;
        }
        // Esc goes back like Back does; at the first question there is nowhere to go.
        Picked::Choice(Kind::Back) | Picked::Escape => memory.back(walker),
        Picked::Choice(Kind::Restart) => memory.restart(walker),
        Picked::Choice(Kind::Quit) => return Ok(false),
    }
    Ok(true)
}

/// Shows `advice`, then asks what next. False: quit.
fn advice_turn(
    screen: &Screen<'_>,
    walker: &mut Walker<'_>,
    advice: &Advice,
    memory: &mut Memory,
    out: &mut dyn Write,
) -> AppResult<bool> {
    let menu = Menu {
        paragraphs: vec![screen.ui("ui-what-next")],
        choices: [
            (Kind::Restart, "ui-restart"),
            (Kind::Back, "ui-back"),
            (Kind::Quit, "ui-quit"),
        ]
        .map(|(kind, id)| Choice {
            kind,
            label: screen.ui(id),
        })
        .to_vec(),
        cursor: 0,
        keys: "ui-prompt-hint",
    };
    // After a resize the advice is drawn again, at the new width.
    let backdrop = |out: &mut dyn Write, style: Style| screen.advice(advice, out, style);
    match screen.pick(menu, &backdrop, out)? {
        Picked::Choice(Kind::Restart) => memory.restart(walker),
        Picked::Choice(Kind::Back) | Picked::Escape => memory.back(walker),
        Picked::Choice(_) => return Ok(false),
    }
    Ok(true)
}

/// Asks questions from the walker's position until the person quits (or, `until` the
/// first advice, in a quiz). Returns the last advice shown, if any.
pub(crate) fn run(
    session: Session<'_>,
    walker: &mut Walker<'_>,
    out: &mut dyn Write,
    until: Until,
    above: Above<'_>,
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
    // An answered question keeps its mark, as it is drawn again after a resize.
    render_config.answered_prompt_prefix = render_config.prompt_prefix;
    let screen = Screen {
        guide,
        lang,
        style,
        above,
        render_config,
    };
    let mut last_advice = None;
    let mut memory = Memory::default();
    loop {
        let goes_on = match (walker.position(), walker.question(), walker.outcome()) {
            (Node::Question(at), Some(question), _) => {
                question_turn(&screen, walker, question, at, &mut memory, out)?
            }
            (_, _, Some(outcome)) => {
                let advice = Advice::new(guide, lang, walker.steps(), outcome);
                if until == Until::Advice {
                    writeln!(out)?;
                    let style = style.now();
                    write!(out, "{}", advice_text::render(guide, lang, &advice, style))?;
                    out.flush()?;
                    return Ok(Some(advice));
                }
                writeln!(out)?;
                screen.advice(&advice, out, style.now())?;
                let goes_on = advice_turn(&screen, walker, &advice, &mut memory, out)?;
                last_advice = Some(advice);
                goes_on
            }
            _ => return Err(AppError::Failed("the flow ended unexpectedly".to_owned())),
        };
        if !goes_on {
            break;
        }
    }
    if until == Until::Quit {
        for line in style.now().wrap(&screen.ui("ui-goodbye"), "", "") {
            writeln!(out, "{line}")?;
        }
    }
    Ok(last_advice)
}
