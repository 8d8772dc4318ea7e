//! Colour and layout of text output. Colour only marks structure; the words carry meaning,
//! so output without colour loses nothing.

use colored::Colorize;

use textwrap::core::Word;
use textwrap::{WordSeparator, wrap_algorithms::wrap_first_fit};

/// Width that text is wrapped to: readable in a terminal and on paper alike, and the most
/// it is ever wrapped to on a wider screen (longer lines are harder to read).
pub(crate) const WIDTH: usize = 80;

/// The narrowest width text is wrapped to, however narrow the screen claims to be.
pub(crate) const MIN_WIDTH: usize = 20;

/// Applies colour when enabled, and wraps to the screen's width.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    color: bool,
    width: usize,
    /// Writing to a terminal, which would cut an over-long address anywhere.
    screen: bool,
}

impl Style {
    /// Colour on or off (sets the `colored` crate's switch to match), text wrapped to
    /// `width` columns, for a terminal (`screen`) or for a pipe or file.
    pub(crate) fn new(color: bool, width: usize, screen: bool) -> Self {
        colored::control::set_override(color);
        Self {
            color,
            width,
            screen,
        }
    }

    /// `text` wrapped to this style's width; see [`wrap_to`].
    pub(crate) fn wrap(self, text: &str, first: &str, rest: &str) -> Vec<String> {
        wrap_to(self.width, text, first, rest, self.screen)
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

/// `text` wrapped to [`WIDTH`] for a file or pipe, the first line after `first`, the rest
/// after `rest`.
pub(crate) fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    wrap_to(WIDTH, text, first, rest, false)
}

/// `text` wrapped to `width` columns, the first line after `first`, the rest after `rest`.
///
/// Lines break only between words: ids, numbers and names such as `police-nl-0900` stay
/// whole. The one exception, on a terminal (`screen`), is a web address longer than a whole
/// line, which the terminal would otherwise cut anywhere: it breaks after a `/`. In a file
/// it stays whole, to be copied.
pub(crate) fn wrap_to(
    width: usize,
    text: &str,
    first: &str,
    rest: &str,
    screen: bool,
) -> Vec<String> {
    let room = |indent: &str| {
        width
            .saturating_sub(textwrap::core::display_width(indent))
            .max(1)
    };
    let text = glue_numbers(text);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let indent = if lines.is_empty() { first } else { rest };
        let widths = [room(indent), room(rest)];
        let mut words: Vec<Word<'_>> = Vec::new();
        for word in WordSeparator::AsciiSpace.find_words(paragraph) {
            let room = widths[0].min(widths[1]);
            if screen && word.width > room && word.word.contains('/') {
                words.extend(split_address(word, room));
            } else {
                words.push(word);
            }
        }
        #[allow(clippy::cast_precision_loss)] // widths are terminal columns
        let line_widths = widths.map(|w| w as f64);
        let wrapped = wrap_first_fit(&words, &line_widths);
        if wrapped.is_empty() {
            lines.push(String::new());
        }
        for line in wrapped {
            if line.is_empty() {
                lines.push(String::new());
                continue;
            }
            let mut text = String::from(if lines.is_empty() { first } else { rest });
            for (i, word) in line.iter().enumerate() {
                text.push_str(word.word);
                if i + 1 < line.len() {
                    text.push_str(word.whitespace);
                }
            }
            lines.push(text.replace(GLUE, " "));
        }
    }
    lines
}

/// A space that holds a phone number together while wrapping; a plain space again after.
const GLUE: char = '\u{a0}';

/// `text` with the spaces inside phone numbers (`116 000`, `+31 (0)6 428 346 35`) and
/// before French punctuation (`Téléphone :`) made unbreakable, so that no number is split
/// over two lines and no line starts with a colon.
fn glue_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            // `(` only as a trunk prefix, `(0)`: "112 (politie.be/...)" may still break.
            let trunk = after == Some('(') && chars.get(i + 2).is_some_and(char::is_ascii_digit);
            let inside_number = c == ' '
                && before.is_some_and(|b| b.is_ascii_digit() || b == ')')
                && (after.is_some_and(|a| a.is_ascii_digit()) || trunk);
            // French sets a space before `:` `;` `!` `?` `»` and after `«`: never break there.
            let french = c == ' '
                && (after.is_some_and(|a| matches!(a, ':' | ';' | '!' | '?' | '»'))
                    || before == Some('«'));
            if inside_number || french { GLUE } else { c }
        })
        .collect()
}

/// The pieces of an address longer than a line, that a line may break between: after
/// each `/`; a piece still too long, after each `-`; and one still too long, at the width.
fn split_address(word: Word<'_>, room: usize) -> Vec<Word<'_>> {
    let piece = |text| Word {
        word: text,
        whitespace: "",
        penalty: "",
        width: textwrap::core::display_width(text),
    };
    let mut pieces: Vec<Word<'_>> = Vec::new();
    for part in word.word.split_inclusive('/') {
        for part in part.split_inclusive('-') {
            let whole = piece(part);
            if whole.width <= room {
                pieces.push(whole);
            } else {
                pieces.extend(whole.break_apart(room));
            }
        }
    }
    if let Some(last) = pieces.last_mut() {
        last.whitespace = word.whitespace;
    }
    pieces
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

    #[test]
    fn never_breaks_inside_a_word_at_any_width() {
        let text = "Meldpunt Kinderporno (van Off Limits), meldformulier 0900-8844 wachtwoord";
        for width in [20, 33, 40, 80] {
            let lines = wrap_to(width, text, "  ", "    ", true);
            let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
            assert_eq!(
                words,
                text.split_whitespace().collect::<Vec<_>>(),
                "at {width}"
            );
            assert!(
                lines.iter().all(|l| l.chars().count() <= width),
                "at {width}"
            );
        }
    }

    #[test]
    fn a_web_address_longer_than_a_line_breaks_after_a_slash() {
        let url =
            "https://childfocus.be/nl/seksuele-uitbuiting/kinderpornografie/burgerlijk-meldpunt";
        let text = format!("Web: {url} ok");
        let lines = wrap_to(40, &text, "", "  ", true);
        assert!(
            lines.len() > 2 && lines.iter().all(|l| l.chars().count() <= 40),
            "{lines:?}"
        );
        // Joined again (no space after a line that ends inside the address), the same text.
        let mut joined = String::new();
        for line in &lines {
            if !joined.is_empty() && !joined.ends_with('/') && !joined.ends_with('-') {
                joined.push(' ');
            }
            joined.push_str(line.trim());
        }
        assert_eq!(joined, text);
        // A short address stays whole.
        assert_eq!(
            wrap_to(40, "see https://www.1712.be now", "", "", true),
            ["see https://www.1712.be now"]
        );
    }

    #[test]
    fn a_long_address_segment_breaks_after_a_hyphen_and_never_overflows() {
        let url = "https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html";
        for width in [20, 40, 60] {
            let lines = wrap_to(width, &format!("({url})"), "  ", "  ", true);
            assert!(
                lines.iter().all(|l| l.chars().count() <= width),
                "{width}: {lines:?}"
            );
            let joined: String = lines.iter().map(|l| l.trim()).collect();
            assert_eq!(joined, format!("({url})"));
        }
    }

    #[test]
    fn a_phone_number_stays_on_one_line() {
        let text = "Meldpunt Kinderporno, WhatsApp: +31 (0)6 428 346 35 (+31642834635)";
        let lines = wrap_to(30, text, "", "", true);
        assert!(
            lines.iter().any(|l| l.contains("+31 (0)6 428 346 35")),
            "{lines:?}"
        );
        let lines = wrap_to(
            20,
            "Bel Child Focus op 116 000, dag en nacht.",
            "",
            "",
            true,
        );
        assert!(lines.iter().any(|l| l.contains("116 000")), "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains('\u{a0}')));
    }

    #[test]
    fn no_line_starts_with_french_punctuation() {
        let text = "Pour toute personne qui a une question sur la violence ou les abus : enfants";
        for width in 20..60 {
            let lines = wrap_to(width, text, "", "", true);
            assert!(lines.iter().all(|l| !l.starts_with(':')), "{lines:?}");
        }
    }

    #[test]
    fn an_empty_text_is_one_empty_line() {
        assert_eq!(wrap_to(40, "", "  ", "  ", true), [""]);
    }
}
