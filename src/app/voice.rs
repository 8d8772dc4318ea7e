//! The interface speaking the reader's language where a run ends early: errors, their
//! hints, and the line after Ctrl-C. Flow diagnostics for content editors stay English.

use std::fmt::Write as _;

use meldwijzer::diagnostic::LevelNames;
use meldwijzer::{Diagnostic, Guide, Lang, sanitize};

use super::error::{Message, Said};

/// The built-in interface texts of one language.
pub(crate) struct Voice {
    guide: Option<Guide>,
    lang: Lang,
}

impl Voice {
    /// The voice of `lang`, from the built-in catalogue.
    pub(crate) fn new(lang: Lang) -> Self {
        Self {
            guide: Guide::embedded(lang).ok().map(|(guide, _)| guide),
            lang,
        }
    }

    /// `message` resolved; its id if the catalogue could not be built (it is tested to be).
    pub(crate) fn text(&self, message: &Message) -> String {
        let nested: Vec<(&str, String)> = message
            .nested
            .iter()
            .map(|(name, inner)| (*name, self.text(inner)))
            .collect();
        let args: Vec<(&str, &str)> = message
            .args
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .chain(nested.iter().map(|(name, value)| (*name, value.as_str())))
            .collect();
        self.guide.as_ref().map_or_else(
            || message.id.to_owned(),
            |guide| guide.catalog.format(self.lang, message.id, &args),
        )
    }

    fn word(&self, id: &'static str) -> String {
        self.text(&Message::new(id, &[]))
    }

    /// The word `id` with the colon that introduces what follows.
    fn label(&self, id: &'static str) -> String {
        let word = self.word(id);
        self.guide.as_ref().map_or_else(
            || format!("{word}:"),
            |guide| guide.catalog.label(self.lang, &word),
        )
    }

    /// An error with its hint, each on its own line, escaped for the terminal.
    pub(crate) fn said(&self, said: &Said) -> String {
        let help = said.help.as_ref().map(|help| self.text(help));
        self.said_text(&self.text(&said.message), help.as_deref())
    }

    /// An error already in words, with its hint, as [`Voice::said`] shows one.
    pub(crate) fn said_text(&self, message: &str, help: Option<&str>) -> String {
        let mut text = format!("{} {message}", self.label("ui-word-error"));
        if let Some(help) = help {
            let _ = write!(text, "\n  {} {help}", self.label("ui-word-help"));
        }
        sanitize::for_terminal(&text).into_owned()
    }

    /// The emergency line: whom to call when a child is in danger now.
    pub(crate) fn emergency(&self) -> String {
        self.guide.as_ref().map_or_else(
            || self.word("ui-emergency"),
            |guide| guide.emergency_line(self.lang),
        )
    }

    /// An error at a place in a file, rendered like a compiler's, in the reader's words.
    pub(crate) fn said_at(&self, at: &Diagnostic, said: &Said, color: bool) -> String {
        let mut diagnostic = at.clone();
        diagnostic.message = self.text(&said.message);
        diagnostic.help = said.help.as_ref().map(|help| self.text(help));
        let (error, warning, help) = (
            self.word("ui-word-error"),
            self.word("ui-word-warning"),
            self.word("ui-word-help"),
        );
        diagnostic.render_named(
            color,
            &LevelNames {
                error: &error,
                warning: &warning,
                help: &help,
            },
        )
    }

    /// A warning line.
    pub(crate) fn warning(&self, message: &Message) -> String {
        let text = format!("{} {}", self.label("ui-word-warning"), self.text(message));
        sanitize::for_terminal(&text).into_owned()
    }

    /// The line after Ctrl-C: stopped, and the emergency number.
    pub(crate) fn interrupted(&self) -> String {
        match &self.guide {
            Some(guide) => goodbye(guide, self.lang),
            None => "Stopped. Call 112.".to_owned(),
        }
    }
}

/// What the guide says when it is stopped (Ctrl-C, a signal): that it stopped, then the
/// emergency line every screen shows, with Belgium's 101.
pub(crate) fn goodbye(guide: &Guide, lang: Lang) -> String {
    let stopped = guide.catalog.format(
        lang,
        "ui-interrupted",
        &[("phone", guide.emergency_phone())],
    );
    format!("{stopped} {}", guide.emergency_line(lang))
}
