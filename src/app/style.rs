//! Colour and layout of text output. Colour only marks structure; the words carry meaning,
//! so output without colour loses nothing.

use colored::Colorize;

/// Width that text is wrapped to: readable in a terminal and on paper alike.
pub(crate) const WIDTH: usize = 80;

/// Applies colour when enabled.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    color: bool,
}

impl Style {
    /// Colour on or off; sets the `colored` crate's switch to match.
    pub(crate) fn new(color: bool) -> Self {
        colored::control::set_override(color);
        Self { color }
    }

    /// True when colour is on.
    pub(crate) fn is_colored(self) -> bool {
        self.color
    }

    /// A headline.
    pub(crate) fn title(self, text: &str) -> String {
        if self.color {
            text.bold().to_string()
        } else {
            text.to_owned()
        }
    }

    /// A section heading.
    pub(crate) fn heading(self, text: &str) -> String {
        if self.color {
            text.bold().underline().to_string()
        } else {
            text.to_owned()
        }
    }

    /// A number or address: what the reader must not miss.
    pub(crate) fn key(self, text: &str) -> String {
        if self.color {
            text.bold().cyan().to_string()
        } else {
            text.to_owned()
        }
    }

    /// The emergency line and warnings.
    pub(crate) fn alert(self, text: &str) -> String {
        if self.color {
            text.bold().red().to_string()
        } else {
            text.to_owned()
        }
    }

    /// Less important detail.
    pub(crate) fn dim(self, text: &str) -> String {
        if self.color {
            text.dimmed().to_string()
        } else {
            text.to_owned()
        }
    }
}

/// `text` wrapped to [`WIDTH`], the first line after `first`, the rest after `rest`.
pub(crate) fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        // Ids, numbers and names such as `police-nl-0900` must stay whole.
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_with_hanging_indent() {
        let lines = wrap(&"word ".repeat(30), "  - ", "    ");
        assert!(lines.len() > 1);
        assert!(lines[0].starts_with("  - word"));
        assert!(lines[1].starts_with("    word"));
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
    }
}
